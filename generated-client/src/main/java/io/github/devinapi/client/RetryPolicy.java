package io.github.devinapi.client;

import java.util.Set;
import okhttp3.Request;

/**
 * Which failures are worth another attempt. 429 and 503 mean the request was not processed, so they are
 * retried whatever the method; other server errors, 408 and connection failures may come after the server
 * acted, so only requests that are safe to repeat are retried.
 */
final class RetryPolicy {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE");

    private final Set<String> safeToRetryOperations;

    RetryPolicy(Set<String> safeToRetryOperations) {
        this.safeToRetryOperations = Set.copyOf(safeToRetryOperations);
    }

    boolean retriesStatus(Request request, int status) {
        if (status == 429 || status == 503) {
            return true;
        }
        return (status == 408 || (status >= 500 && status <= 599)) && safeToRepeat(request);
    }

    boolean retriesConnectionFailure(Request request) {
        return safeToRepeat(request);
    }

    private boolean safeToRepeat(Request request) {
        return IDEMPOTENT_METHODS.contains(request.method())
                || Operation.of(request).map(safeToRetryOperations::contains).orElse(false);
    }
}
