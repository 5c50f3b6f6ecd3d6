package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.client.RetryPolicy;
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
    private final OkHttpClient http;
    private final Duration timeout;

    RestAssuredTransport(ExchangeCheck check, RetryPolicy retries, OkHttpClient http, Duration timeout) {
        this.check = check;
        this.retries = retries;
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Exchange.Request sent = RestAssuredContractFilter.request(request);
        String operation = check.validator().operations().find(sent.method(), sent.rawPath())
                .map(ContractOperation::key).orElse(null);
        for (int retry = 0; ; retry++) {
            check.beforeSending(sent);
            Optional<Duration> wait;
            try {
                Response response = RawHttp.send(http, request);
                check.target().answered(check.scenario());
                wait = retries.retryAfterStatus(sent.method(), operation, response.statusCode(), headers(response), retry);
                if (wait.isEmpty()) {
                    return response;
                }
            } catch (IOException e) {
                check.target().unanswered(check.scenario(), sent, e);
                wait = retries.retryAfterConnectionFailure(sent.method(), operation, retry);
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

    private static Headers headers(Response response) {
        Headers.Builder headers = new Headers.Builder();
        response.getHeaders().forEach(header -> headers.addUnsafeNonAscii(header.getName(), header.getValue()));
        return headers.build();
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting to retry", e);
        }
    }
}
