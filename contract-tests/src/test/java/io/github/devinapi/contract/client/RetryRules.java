package io.github.devinapi.contract.client;

import io.github.devinapi.client.RetryPolicy;
import io.github.devinapi.contract.spec.Operation;
import io.github.devinapi.contract.spec.OperationCatalog;
import java.time.Duration;
import java.util.Optional;

/**
 * DevinClient's retry policy ({@link RetryPolicy}, the client's own), for the requests scenarios send
 * without it (Rest Assured): 429 and 503 for every request, 408 and other 5xx only for idempotent
 * methods and the operations the client ships as safe to repeat; at most {@value #MAX_RETRIES} retries, waiting as {@code Retry-After} asks (capped)
 * or else 0.5 s, 1 s. A raw request that gets no answer at all is not retried: it fails at once.
 */
final class RetryRules {

    static final int MAX_RETRIES = 2;
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final OperationCatalog operations;
    private final RetryPolicy policy = RetryPolicy.defaults();

    RetryRules(OperationCatalog operations) {
        this.operations = operations;
    }

    boolean retries(String method, String rawPath, int status) {
        return policy.retriesStatus(method, operations.find(method, rawPath).map(Operation::key).orElse(null), status);
    }

    /** The wait before retry number {@code retry + 1}. */
    Duration wait(Optional<String> retryAfter, int retry) {
        Optional<Duration> asked = retryAfter.map(String::trim).filter(value -> value.matches("\\d+(\\.\\d+)?"))
                .map(seconds -> Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000)));
        return asked.map(wait -> wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait)
                .orElse(Duration.ofMillis(500L << Math.min(retry, 4)));
    }
}
