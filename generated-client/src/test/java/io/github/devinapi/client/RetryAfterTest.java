package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void seconds_may_be_whole_or_decimal() {
        assertThat(RetryAfter.of(Headers.of("Retry-After", "2"), CLOCK)).contains(Duration.ofSeconds(2));
        assertThat(RetryAfter.of(Headers.of("Retry-After", "1.5"), CLOCK)).contains(Duration.ofMillis(1500));
    }

    @Test
    void an_http_date_is_the_time_left_until_then_and_a_past_date_means_now() {
        assertThat(RetryAfter.of(Headers.of("Retry-After", "Mon, 02 Mar 2026 10:00:30 GMT"), CLOCK))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.of(Headers.of("Retry-After", "Mon, 02 Mar 2026 09:00:00 GMT"), CLOCK))
                .contains(Duration.ZERO);
    }

    @Test
    void retry_after_ms_comes_first() {
        assertThat(RetryAfter.of(Headers.of("Retry-After-Ms", "120", "Retry-After", "5"), CLOCK))
                .contains(Duration.ofMillis(120));
    }

    @Test
    void long_waits_are_capped() {
        assertThat(RetryAfter.of(Headers.of("Retry-After", "86400"), CLOCK)).contains(RetryAfter.MAX);
        assertThat(RetryAfter.of(Headers.of("Retry-After", "Tue, 03 Mar 2026 10:00:00 GMT"), CLOCK))
                .contains(RetryAfter.MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "-1", "1e3", "NaN"})
    void values_that_are_neither_seconds_nor_a_date_are_ignored(String value) {
        assertThat(RetryAfter.of(Headers.of("Retry-After", value), CLOCK)).isEmpty();
    }

    @Test
    void no_header_no_wait() {
        assertThat(RetryAfter.of(Headers.of(), CLOCK)).isEmpty();
    }
}
