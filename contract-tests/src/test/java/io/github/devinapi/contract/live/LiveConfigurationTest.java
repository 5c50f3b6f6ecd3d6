package io.github.devinapi.contract.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devinapi.contract.tenant.TestIds;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The live configuration: read from the environment, checked whole, and never showing the key. */
@DisplayName("The live configuration")
class LiveConfigurationTest {

    private static final String KEY = "live-config-test-key-" + System.nanoTime();

    private final Map<String, String> environment =
            new HashMap<>(Map.of("DEVIN_API_KEY", KEY, "DEVIN_TEST_ORG_ID", "org-live-1"));
    private final Map<String, String> properties = new HashMap<>();

    @Test
    @DisplayName("defaults: production base URL, read-only, 300 requests of 30 s at most")
    void defaults() {
        LiveConfiguration configuration = read();

        assertThat(configuration.baseUrl()).isEqualTo("https://api.devin.ai");
        assertThat(configuration.allowWrites()).isFalse();
        assertThat(configuration.userIds()).isEmpty();
        assertThat(configuration.maxRequests()).isEqualTo(300);
        assertThat(configuration.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("reads the test users, comma-separated, and writes only when DEVIN_LIVE_ALLOW_WRITES=true")
    void writes() {
        environment.put("DEVIN_TEST_USER_IDS", " user-a, user-b,,user-a ");
        environment.put("DEVIN_LIVE_ALLOW_WRITES", "TRUE");
        environment.put("DEVIN_API_BASE_URL", "https://api.example.devinenterprise.com/");

        LiveConfiguration configuration = read();

        assertThat(configuration.userIds()).containsExactly("user-a", "user-b");
        assertThat(configuration.allowWrites()).isTrue();
        assertThat(configuration.baseUrl()).isEqualTo("https://api.example.devinenterprise.com");
        assertThat(configuration.isTestId("org-live-1")).isTrue();
        assertThat(configuration.isTestId("user-b")).isTrue();
        assertThat(configuration.isTestId("org-test-0001")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DEVIN_API_KEY", "DEVIN_TEST_ORG_ID"})
    @DisplayName("a missing required variable stops the run, naming it and the command to run")
    void missingRequired(String variable) {
        environment.put(variable, "  ");

        assertThatThrownBy(this::read)
                .hasMessageContaining(variable + " is not set")
                .hasMessageContaining("./mvnw verify -Plive");
    }

    @Test
    @DisplayName("writes without test users stop the run, naming DEVIN_TEST_USER_IDS")
    void writesWithoutUsers() {
        environment.put("DEVIN_LIVE_ALLOW_WRITES", "true");

        assertThatThrownBy(this::read)
                .hasMessageContaining("DEVIN_TEST_USER_IDS is not set")
                .hasMessageContaining("DEVIN_LIVE_ALLOW_WRITES=true");
    }

    @Test
    @DisplayName("DEVIN_LIVE_ALLOW_WRITES other than true or false stops the run")
    void allowWritesNotABoolean() {
        environment.put("DEVIN_LIVE_ALLOW_WRITES", "yes");

        assertThatThrownBy(this::read).hasMessageContaining("DEVIN_LIVE_ALLOW_WRITES must be true or false");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "http://api.devin.ai",
                "ftp://127.0.0.1",
                "https://api.devin.ai?x=1",
                "not a url",
                "http://127.evil.example",
                "http://127.0.0.1.nip.io:4010"
            })
    @DisplayName("a base URL that is not https (plain http only to this machine) stops the run")
    void unsafeBaseUrl(String url) {
        environment.put("DEVIN_API_BASE_URL", url);

        assertThatThrownBy(this::read).hasMessageContaining("DEVIN_API_BASE_URL");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:4010", "http://localhost:4010/", "http://[::1]:4010"})
    @DisplayName("plain http to this machine is allowed (a local mock such as Prism)")
    void loopbackHttp(String url) {
        environment.put("DEVIN_API_BASE_URL", url);

        assertThat(read().baseUrl()).isEqualTo(url.replaceAll("/$", ""));
    }

    @Test
    @DisplayName("credentials in the base URL are refused without being shown")
    void credentialsInBaseUrl() {
        environment.put("DEVIN_API_BASE_URL", "https://admin:hunter2@api.devin.ai");

        assertThatThrownBy(this::read)
                .hasMessageContaining("must not hold credentials")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    @DisplayName("the run's limits come from system properties, and must be positive")
    void limits() {
        properties.put("contract.live.maxRequests", "12");
        properties.put("contract.live.timeoutSeconds", "5");

        LiveConfiguration configuration = read();

        assertThat(configuration.maxRequests()).isEqualTo(12);
        assertThat(configuration.timeout()).isEqualTo(Duration.ofSeconds(5));

        properties.put("contract.live.maxRequests", "0");
        assertThatThrownBy(this::read)
                .hasMessageContaining("-Dcontract.live.maxRequests must be a positive whole number");
    }

    @Test
    @DisplayName("never shows the key, in its description or in an error about it")
    void neverShowsTheKey() {
        assertThat(read().toString()).doesNotContain(KEY).contains("<redacted>");

        environment.put("DEVIN_API_KEY", KEY + " trailing words");
        assertThatThrownBy(this::read)
                .hasMessageContaining("DEVIN_API_KEY contains spaces")
                .hasMessageNotContaining(KEY);
    }

    @Test
    @DisplayName("a live target numbers its ids from the configuration, and never guesses others")
    void liveIds() {
        TestIds ids = new LiveIds("org-live-1", List.of("user-a", "user-b"), TestIds.fake());

        assertThat(ids.org(1)).isEqualTo("org-live-1");
        assertThat(List.of(ids.user(1), ids.user(2), ids.user(3))).containsExactly("user-a", "user-b", "user-a");
        assertThatThrownBy(() -> ids.org(2)).hasMessageContaining("needs test organization 2");
        assertThatThrownBy(() -> ids.group(1)).hasMessageContaining("needs test group 1");
        assertThatThrownBy(() -> new LiveIds("org-live-1", List.of(), TestIds.fake()).user(1))
                .hasMessageContaining("DEVIN_TEST_USER_IDS");
    }

    private LiveConfiguration read() {
        return LiveConfiguration.from(environment::get, properties::get);
    }
}
