package io.github.devinapi.contract.scenario;

import io.github.devinapi.client.RetryPolicy;
import io.github.devinapi.client.Sleeper;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.validation.Exchange;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/**
 * The innermost Rest Assured filter, the one that sends, over the run's OkHttp client (one deadline for
 * the whole exchange, no redirects): each attempt is first admitted by the target, the answers DevinClient
 * retries are retried as its {@link RetryPolicy} decides (which, how long, how often), and a request left
 * unanswered fails the scenario saying why. The contract filter, just outside, judges the final exchange.
 */
final class RestAssuredTransport implements OrderedFilter {

    private final ExchangeCheck check;
    private final RetryPolicy retries;
    private final Sleeper waits;
    private final OkHttpClient http;
    private final Duration timeout;

    RestAssuredTransport(ExchangeCheck check, RetryPolicy retries, Sleeper waits, OkHttpClient http, Duration timeout) {
        this.waits = waits;
        this.check = check;
        this.retries = retries;
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        // The URI once, for sending and for the contract filter, which takes the request as sent from here.
        String uri = request.getURI();
        Exchange.Request sent = RestAssuredContractFilter.request(request, uri);
        context.setValue(RestAssuredContractFilter.SENT, sent);
        for (int retry = 0; ; retry++) {
            check.beforeSending(sent);
            Optional<Duration> wait;
            try {
                Response response = RawHttp.send(http, request, uri);
                check.target().answered(check.scenario());
                int status = response.statusCode();
                // The operation and the headers matter only for a status the policy may retry: the usual answer
                // is decided without them.
                wait = mayRetry(status)
                        ? retries.retryAfterStatus(sent.method(), operation(sent), status, headers(response), retry)
                        : Optional.empty();
                if (wait.isEmpty()) {
                    return response;
                }
            } catch (IOException e) {
                check.target().unanswered(check.scenario(), sent, e);
                wait = retries.retryAfterConnectionFailure(sent.method(), operation(sent), retry);
                if (wait.isEmpty()) {
                    throw Unanswered.of(check.target(), check.scenario(), sent.line(), timeout, e);
                }
            }
            pause(wait.get());
        }
    }

    /** Last: the request it sends is the one every other filter has finished with. */
    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }

    /** Whether {@link RetryPolicy#retriesStatus} can be true for {@code status}, whatever the request. */
    private static boolean mayRetry(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    /** "METHOD /path/{template}" of the operation the request goes to, or null. */
    private String operation(Exchange.Request sent) {
        return check.validator()
                .operations()
                .find(sent.method(), sent.rawPath())
                .map(ContractOperation::key)
                .orElse(null);
    }

    private static Headers headers(Response response) {
        Headers.Builder headers = new Headers.Builder();
        response.getHeaders().forEach(header -> headers.addUnsafeNonAscii(header.getName(), header.getValue()));
        return headers.build();
    }

    private void pause(Duration wait) {
        try {
            waits.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting to retry", e);
        }
    }
}
