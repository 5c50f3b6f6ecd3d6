package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The retry decision as code outside the client asks it: which answers, how long to wait, how often. */
class RetryPolicyTest {

    private static final String MEMBERS = "POST /v2/enterprise/organizations/{org_id}/members";

    private final ManualTime time = new ManualTime();
    private final RetryPolicy policy = new RetryPolicy(Set.of(MEMBERS), 2, () -> 0.0, time.clock());

    @Test
    void a_429_waits_as_retry_after_asks_in_seconds_or_as_a_date() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ManualTime.START.plusSeconds(5).atOffset(ZoneOffset.UTC));

        assertThat(policy.retryAfterStatus("POST", null, 429, Headers.of("Retry-After", "2"), 0))
                .contains(Duration.ofSeconds(2));
        assertThat(policy.retryAfterStatus("POST", null, 429, Headers.of("Retry-After", inFiveSeconds), 0))
                .contains(Duration.ofSeconds(5));
        assertThat(policy.retryAfterStatus(
                        "POST", null, 429, Headers.of("Retry-After-Ms", "120", "Retry-After", "9"), 0))
                .contains(Duration.ofMillis(120));
    }

    @Test
    void without_retry_after_it_backs_off_exponentially() {
        assertThat(policy.retryAfterStatus("GET", null, 503, Headers.of(), 0)).contains(Duration.ofMillis(500));
        assertThat(policy.retryAfterStatus("GET", null, 503, Headers.of(), 1)).contains(Duration.ofSeconds(1));
    }

    @Test
    void the_jitter_shortens_each_backoff_by_up_to_a_quarter() {
        RetryPolicy jittered = new RetryPolicy(Set.of(), 2, () -> 0.999, time.clock());

        assertThat(jittered.retryAfterStatus("GET", null, 503, Headers.of(), 0)).contains(Duration.ofMillis(375));
    }

    @Test
    void it_gives_up_after_max_retries() {
        assertThat(policy.retryAfterStatus("GET", null, 429, Headers.of(), 2)).isEmpty();
        assertThat(policy.retryAfterConnectionFailure("GET", null, 2)).isEmpty();
        assertThat(policy.maxRetries()).isEqualTo(2);
    }

    @Test
    void a_server_error_or_lost_connection_is_retried_only_where_repeating_is_safe() {
        assertThat(policy.retryAfterStatus("POST", "POST /v2/enterprise/organizations", 500, Headers.of(), 0))
                .isEmpty();
        assertThat(policy.retryAfterStatus("POST", MEMBERS, 500, Headers.of(), 0))
                .isPresent();
        assertThat(policy.retryAfterConnectionFailure("POST", null, 0)).isEmpty();
        assertThat(policy.retryAfterConnectionFailure("DELETE", null, 0)).isPresent();
    }

    @Test
    void answers_that_are_not_failures_of_the_moment_are_not_retried() {
        for (int status : new int[] {200, 400, 401, 403, 404, 422}) {
            assertThat(policy.retryAfterStatus("GET", null, status, Headers.of(), 0))
                    .as("status %d", status)
                    .isEmpty();
        }
    }

    @Test
    void a_client_hands_out_the_policy_it_applies() {
        try (DevinClient client =
                DevinClient.builder().apiKey("k").maxRetries(5).build()) {
            assertThat(client.retryPolicy().maxRetries()).isEqualTo(5);
        }
    }
}
