package io.github.devinapi.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import okhttp3.Headers;

/**
 * The wait a response asks for: {@code Retry-After-Ms} (milliseconds), else {@code Retry-After} (seconds or
 * an HTTP date). Capped, so that a server cannot park the caller indefinitely.
 */
final class RetryAfter {

    static final Duration MAX = Duration.ofSeconds(60);

    private RetryAfter() {}

    static Optional<Duration> of(Headers headers, Clock clock) {
        Optional<Duration> millis =
                number(headers.get("Retry-After-Ms")).map(ms -> Duration.ofNanos(Math.round(ms * 1e6)));
        if (millis.isPresent()) {
            return millis.map(RetryAfter::capped);
        }
        String value = headers.get("Retry-After");
        if (value == null) {
            return Optional.empty();
        }
        Optional<Duration> seconds = number(value).map(s -> Duration.ofMillis(Math.round(s * 1000)));
        if (seconds.isPresent()) {
            return seconds.map(RetryAfter::capped);
        }
        Date date = headers.getDate("Retry-After");
        return Optional.ofNullable(date).map(d -> capped(Duration.between(clock.instant(), d.toInstant())));
    }

    private static Optional<Double> number(String value) {
        if (value == null || !value.trim().matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(value.trim()));
    }

    private static Duration capped(Duration wait) {
        return wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
