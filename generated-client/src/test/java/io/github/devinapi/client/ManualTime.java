package io.github.devinapi.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records each wait and moves its clock on instead of sleeping. */
final class ManualTime implements Sleeper {

    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private volatile Instant now = START;

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        now = now.plus(duration);
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
