package io.github.devinapi.client;

import java.util.Set;
import okhttp3.Request;

/**
 * Which failures are worth another attempt. 429 and 503 mean the request was not processed, so they are
 * retried whatever the method; other server errors, 408 and connection failures may come after the server
 * acted, so only requests that are safe to repeat are retried.
 */
public final class RetryPolicy {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE");

    private final Set<String> safeToRetryOperations;

    RetryPolicy(Set<String> safeToRetryOperations) {
        this.safeToRetryOperations = Set.copyOf(safeToRetryOperations);
    }

    /** The policy DevinClient applies by default, with the operations it ships as safe to retry. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(SafeToRetryList.defaults());
    }

    /**
     * Whether a response with {@code status} to a request is worth another attempt.
     *
     * @param operation the operation as "METHOD /path/template", or null when unknown
     */
    public boolean retriesStatus(String method, String operation, int status) {
        if (status == 429 || status == 503) {
            return true;
        }
        return (status == 408 || (status >= 500 && status <= 599)) && safeToRepeat(method, operation);
    }

    boolean retriesStatus(Request request, int status) {
        return retriesStatus(request.method(), Operation.of(request).orElse(null), status);
    }

    boolean retriesConnectionFailure(Request request) {
        return safeToRepeat(request);
    }

    private boolean safeToRepeat(Request request) {
        return safeToRepeat(request.method(), Operation.of(request).orElse(null));
    }

    private boolean safeToRepeat(String method, String operation) {
        return IDEMPOTENT_METHODS.contains(method) || (operation != null && safeToRetryOperations.contains(operation));
    }
}
