package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.validation.Exchange;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.internal.filter.SendRequestFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.github.devinapi.client.RetryPolicy;
import java.io.IOException;
import okhttp3.Headers;
import java.time.Duration;
import java.util.Optional;

/**
 * The innermost Rest Assured filter, the one that sends: each attempt is first admitted by the target,
 * the answers DevinClient retries are retried as its {@link RetryPolicy} decides (which, how long, how
 * often), and a request left unanswered fails the scenario saying why. The contract filter, just
 * outside, judges the final exchange.
 */
final class RestAssuredTransport implements OrderedFilter {

    private final ExchangeCheck check;
    private final RetryPolicy retries;
    private final String baseUrl;
    private final Duration timeout;

    RestAssuredTransport(ExchangeCheck check, RetryPolicy retries, String baseUrl, Duration timeout) {
        this.check = check;
        this.retries = retries;
        this.baseUrl = baseUrl;
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
            Response response = send(request, responseSpec, context, sent, retry == 0);
            Optional<Duration> wait = retries.retryAfterStatus(sent.method(), operation, response.statusCode(),
                    headers(response), retry);
            if (wait.isEmpty()) {
                return response;
            }
            response.asByteArray(); // read to the end: the connection goes back to the client for the retry
            pause(wait.get());
        }
    }

    private static Headers headers(Response response) {
        Headers.Builder headers = new Headers.Builder();
        response.getHeaders().forEach(header -> headers.addUnsafeNonAscii(header.getName(), header.getValue()));
        return headers.build();
    }

    /** Last: the request it sends is the one every other filter has finished with. */
    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }

    /**
     * Rest Assured's filter chain can be walked once: a retry sends the request again the way the chain's
     * own last filter does. Rest Assured may throw an I/O exception here although no method declares one.
     */
    private Response send(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                          FilterContext context, Exchange.Request sent, boolean first) {
        try {
            return first ? context.next(request, responseSpec) : new SendRequestFilter().filter(request, responseSpec, context);
        } catch (Exception e) {
            if (e instanceof IOException) {
                throw Unanswered.of(check.scenario(), sent.line(), baseUrl, timeout, e);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
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
