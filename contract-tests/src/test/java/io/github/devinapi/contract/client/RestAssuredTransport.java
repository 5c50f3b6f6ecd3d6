package io.github.devinapi.contract.client;

import io.github.devinapi.contract.validation.Exchange;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.internal.filter.SendRequestFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The innermost Rest Assured filter, the one that sends: each attempt is first admitted by the target,
 * 429 and 5xx are retried as DevinClient would retry them ({@link RetryRules}), and a request left
 * unanswered fails the scenario saying why. The contract filter, just outside, judges the final exchange.
 */
public final class RestAssuredTransport implements OrderedFilter {

    private final ExchangeCheck check;
    private final RetryRules retries;
    private final String baseUrl;
    private final Duration timeout;

    public RestAssuredTransport(ExchangeCheck check, String baseUrl, Duration timeout) {
        this.check = check;
        this.retries = new RetryRules(check.validator().operations());
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Exchange.Request sent = RestAssuredContractFilter.request(request);
        for (int retry = 0; ; retry++) {
            check.beforeSending(sent);
            Response response = send(request, responseSpec, context, sent, retry == 0);
            if (retry >= RetryRules.MAX_RETRIES || !retries.retries(sent.method(), sent.rawPath(), response.statusCode())) {
                return response;
            }
            response.asByteArray(); // read to the end: the connection goes back to the client for the retry
            pause(retries.wait(Optional.ofNullable(response.getHeader("Retry-After")), retry));
        }
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
