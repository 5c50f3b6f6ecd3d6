package io.github.devinapi.contract.client;

import io.github.devinapi.contract.spec.Operation;
import io.github.devinapi.contract.spec.OperationCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * DevinClient's retry policy, for the requests scenarios send without it (Rest Assured): 429 and 503
 * for every request, 408 and other 5xx only for idempotent methods and the operations the client ships
 * as safe to repeat; at most {@value #MAX_RETRIES} retries, waiting as {@code Retry-After} asks (capped)
 * or else 0.5 s, 1 s. A raw request that gets no answer at all is not retried: it fails at once.
 */
final class RetryRules {

    static final int MAX_RETRIES = 2;
    private static final String SAFE_TO_RETRY = "/io/github/devinapi/client/safe-to-retry-operations.txt";
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE");
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final OperationCatalog operations;
    private final Set<String> safeToRetry;

    RetryRules(OperationCatalog operations) {
        this.operations = operations;
        this.safeToRetry = shippedWithTheClient();
    }

    boolean retries(String method, String rawPath, int status) {
        if (status == 429 || status == 503) {
            return true;
        }
        boolean safeToRepeat = IDEMPOTENT_METHODS.contains(method)
                || operations.find(method, rawPath).map(Operation::key).filter(safeToRetry::contains).isPresent();
        return (status == 408 || (status >= 500 && status <= 599)) && safeToRepeat;
    }

    /** The wait before retry number {@code retry + 1}. */
    Duration wait(Optional<String> retryAfter, int retry) {
        Optional<Duration> asked = retryAfter.map(String::trim).filter(value -> value.matches("\\d+(\\.\\d+)?"))
                .map(seconds -> Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000)));
        return asked.map(wait -> wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait)
                .orElse(Duration.ofMillis(500L << Math.min(retry, 4)));
    }

    private static Set<String> shippedWithTheClient() {
        try (InputStream in = RetryRules.class.getResourceAsStream(SAFE_TO_RETRY)) {
            if (in == null) {
                throw new IllegalStateException(SAFE_TO_RETRY + " is missing from the client jar");
            }
            Set<String> operations = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).forEach(operations::add);
            return Set.copyOf(operations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SAFE_TO_RETRY, e);
        }
    }
}
