package io.github.devinapi.client;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many requests. Thrown once the retries are used up. */
public class RateLimitException extends DevinApiException {

    private final Duration retryAfter;

    public RateLimitException(String message, ErrorContext context, Duration retryAfter) {
        super(message, context, null);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
