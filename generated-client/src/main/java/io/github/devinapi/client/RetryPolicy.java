package io.github.devinapi.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * The one retry decision of the client: which failures get another attempt, how long to wait before it,
 * and how many attempts there are at most.
 *
 * <p>429 and 503 mean the request was not processed, so they are retried whatever the method; other server
 * errors, 408 and connection failures may come after the server acted, so only requests that are safe to
 * repeat are retried. The wait is what the response asks for ({@code Retry-After-Ms}, else {@code Retry-After}
 * in seconds or as an HTTP date, capped at {@link RetryAfter#MAX}), else jittered exponential backoff.
 *
 * <p>{@link DevinClient#retryPolicy()} is the policy a client applies; code that sends requests without the
 * client (raw HTTP in tests, scripts) asks the same object, so both retry alike.
 */
public final class RetryPolicy {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE");

    private final Set<String> safeToRetryOperations;
    private final int maxRetries;
    private final Backoff backoff;
    private final Clock clock;

    RetryPolicy(Set<String> safeToRetryOperations, int maxRetries, DoubleSupplier jitter, Clock clock) {
        this.safeToRetryOperations = Set.copyOf(safeToRetryOperations);
        this.maxRetries = maxRetries;
        this.backoff = new Backoff(jitter);
        this.clock = clock;
    }

    /** The policy of a client built with default settings: 2 retries, the operations it ships as safe to retry. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(
                SafeToRetryList.defaults(), 2, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
    }

    /** Retries after the first attempt, at most. */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * The wait before another attempt after an answer with {@code status}, or empty when there is none.
     *
     * @param operation the operation as {@code "METHOD /path/{template}"}, or null when unknown
     * @param headers the answer's headers ({@code Retry-After}, {@code Retry-After-Ms})
     * @param retriesSoFar how many retries this request has had already
     */
    public Optional<Duration> retryAfterStatus(
            String method, String operation, int status, Headers headers, int retriesSoFar) {
        if (retriesSoFar >= maxRetries || !retriesStatus(method, operation, status)) {
            return Optional.empty();
        }
        return Optional.of(RetryAfter.of(headers, clock).orElseGet(() -> backoff.delay(retriesSoFar)));
    }

    /** The wait before another attempt after a request got no complete answer, or empty when there is none. */
    public Optional<Duration> retryAfterConnectionFailure(String method, String operation, int retriesSoFar) {
        if (retriesSoFar >= maxRetries || !safeToRepeat(method, operation)) {
            return Optional.empty();
        }
        return Optional.of(backoff.delay(retriesSoFar));
    }

    /** Whether a response with {@code status} is worth another attempt, retries left aside. */
    public boolean retriesStatus(String method, String operation, int status) {
        if (status == 429 || status == 503) {
            return true;
        }
        return (status == 408 || (status >= 500 && status <= 599)) && safeToRepeat(method, operation);
    }

    Optional<Duration> retryAfterStatus(Request request, okhttp3.Response response, int retriesSoFar) {
        int status = response.code();
        if (retriesSoFar >= maxRetries || !mayRetryStatus(status)) {
            return Optional.empty(); // the usual answer: decided without looking up the operation
        }
        return retryAfterStatus(
                request.method(), Operation.of(request).orElse(null), status, response.headers(), retriesSoFar);
    }

    /** The statuses {@link #retriesStatus} retries for some request. */
    private static boolean mayRetryStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    Optional<Duration> retryAfterConnectionFailure(Request request, int retriesSoFar) {
        return retryAfterConnectionFailure(
                request.method(), Operation.of(request).orElse(null), retriesSoFar);
    }

    private boolean safeToRepeat(String method, String operation) {
        return IDEMPOTENT_METHODS.contains(method) || (operation != null && safeToRetryOperations.contains(operation));
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", safeToRetry=" + safeToRetryOperations + "}";
    }
}
