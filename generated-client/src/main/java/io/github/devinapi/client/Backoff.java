package io.github.devinapi.client;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff: 0.5 s, 1 s, 2 s, ... capped at 8 s, each shortened by up to a quarter at random so
 * that many clients failing together do not retry together.
 */
final class Backoff {

    static final Duration INITIAL = Duration.ofMillis(500);
    static final Duration MAX = Duration.ofSeconds(8);
    private static final double MAX_JITTER = 0.25;

    private final DoubleSupplier jitter;

    /** @param jitter values in [0, 1): 0 waits the full delay, values towards 1 up to a quarter less */
    Backoff(DoubleSupplier jitter) {
        this.jitter = jitter;
    }

    /** The wait before retry number {@code retry + 1}. */
    Duration delay(int retry) {
        double full = Math.min(INITIAL.toMillis() * Math.pow(2, Math.min(retry, 30)), MAX.toMillis());
        double fraction = Math.max(0, Math.min(1, jitter.getAsDouble()));
        return Duration.ofMillis(Math.round(full * (1 - MAX_JITTER * fraction)));
    }
}
