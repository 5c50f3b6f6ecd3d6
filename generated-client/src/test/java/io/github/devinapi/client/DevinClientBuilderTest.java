package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.MEMBERS_PATH;
import static io.github.devinapi.client.TestClients.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** build() and fromEnv() fail early with a message that says what to fix. */
class DevinClientBuilderTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void an_api_key_is_required() {
        assertThatThrownBy(() -> DevinClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apiKey is required")
                .hasMessageContaining("DevinClient.fromEnv()");
        assertThatThrownBy(() -> DevinClient.builder().apiKey("  ").build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_base_url_defaults_to_the_public_api() {
        try (DevinClient client = DevinClient.builder().apiKey("k").build()) {
            assertThat(client.toString()).contains("baseUrl=https://api.devin.ai/");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://api.devin.ai",
                "http://203.0.113.7:8080",
                "http://localhost.example.com",
                "http://127.evil.example",
                "http://127.0.0.1.nip.io"
            })
    void plain_http_to_a_host_that_is_not_loopback_is_refused(String url) {
        assertThatThrownBy(() -> DevinClient.builder().apiKey("k").baseUrl(url).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Refusing to send the API key over plain http to ")
                .hasMessageContaining("use https://");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080",
                "http://127.0.0.1:1",
                "http://127.8.9.10",
                "http://[::1]:9000",
                "https://devin.internal.example/api"
            })
    void https_anywhere_and_plain_http_to_loopback_are_accepted(String url) {
        assertThatCode(() ->
                        DevinClient.builder().apiKey("k").baseUrl(url).build().close())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.devin.ai", "ftp://api.devin.ai", "https://api.devin.ai/?x=1", ""})
    void a_base_url_that_is_not_a_plain_http_url_is_refused(String url) {
        assertThatThrownBy(() -> DevinClient.builder().apiKey("k").baseUrl(url).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl must");
    }

    @Test
    void timeout_and_max_retries_must_make_sense() {
        assertThatThrownBy(() ->
                        DevinClient.builder().apiKey("k").timeout(Duration.ZERO).build())
                .hasMessage("timeout must be positive, was PT0S");
        assertThatThrownBy(
                        () -> DevinClient.builder().apiKey("k").maxRetries(-1).build())
                .hasMessage("maxRetries must be 0 or more, was -1");
    }

    @Test
    void a_safe_to_retry_entry_must_name_an_operation() {
        assertThatThrownBy(() -> DevinClient.builder().safeToRetry(List.of("members")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected \"METHOD /path\"");
        assertThatCode(() -> DevinClient.builder().safeToRetry(Set.of("PATCH /v2/things/{id}")))
                .doesNotThrowAnyException();
    }

    @Test
    void from_env_requires_devin_api_key() {
        assertThatThrownBy(() -> DevinClient.builder().fromEnv(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("DEVIN_API_KEY is not set");
    }

    @Test
    void from_env_reads_key_base_url_and_log_level() {
        server.stubFor(post(MEMBERS_PATH).willReturn(okJson("{\"status\":\"success\"}")));
        List<String> log = new CopyOnWriteArrayList<>();

        try (DevinClient client = DevinClient.builder()
                .fromEnv(
                        Map.of("DEVIN_API_KEY", "env-key", "DEVIN_API_BASE_URL", server.baseUrl(), "DEVIN_LOG", "INFO"))
                .logSink(log::add)
                .build()) {
            assertThat(client.execute(client.organizations().addOrganizationMembers("org-1", members()))
                            .getStatus())
                    .isEqualTo("success");
        }

        server.verify(
                1, postRequestedFor(urlEqualTo(MEMBERS_PATH)).withHeader("Authorization", equalTo("Bearer env-key")));
        assertThat(log).hasSize(2).allMatch(line -> line.startsWith("--> POST ") || line.startsWith("<-- 200 POST "));
    }

    @Test
    void an_unknown_devin_log_level_is_refused() {
        assertThatThrownBy(() -> DevinClient.builder()
                        .fromEnv(Map.of("DEVIN_API_KEY", "k", "DEVIN_LOG", "loud"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DEVIN_LOG must be off, info or debug, was \"loud\"");
    }

    @Test
    void logging_is_off_unless_asked_for() {
        server.stubFor(post(MEMBERS_PATH).willReturn(okJson("{\"status\":\"success\"}")));
        List<String> log = new CopyOnWriteArrayList<>();

        try (DevinClient client = DevinClient.builder()
                .fromEnv(Map.of("DEVIN_API_KEY", "k", "DEVIN_API_BASE_URL", server.baseUrl()))
                .logSink(log::add)
                .build()) {
            client.execute(client.organizations().addOrganizationMembers("org-1", members()));
        }

        assertThat(log).isEmpty();
    }

    @Test
    void a_custom_okhttp_client_keeps_okhttps_interceptor_meaning_and_stays_open_after_close() {
        // given: one 503 before the answer, and a client with one interceptor of each kind
        Sequences.answer(
                server, () -> post(MEMBERS_PATH), aResponse().withStatus(503), okJson("{\"status\":\"success\"}"));
        List<Integer> calls = new CopyOnWriteArrayList<>();
        List<String> attempts = new CopyOnWriteArrayList<>();
        OkHttpClient custom = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    okhttp3.Response response = chain.proceed(chain.request());
                    calls.add(response.code());
                    return response;
                })
                .addNetworkInterceptor(chain -> {
                    attempts.add(chain.request().header("Authorization"));
                    return chain.proceed(chain.request());
                })
                .build();

        // when
        try (DevinClient client = TestClients.against(server, new ManualTime())
                .okHttpClient(custom)
                .build()) {
            client.execute(client.organizations().addOrganizationMembers("org-1", members()));
        }

        // then: the application interceptor saw the call once, with its final answer; the network one each attempt, as
        // sent
        assertThat(calls).containsExactly(200);
        assertThat(attempts).containsExactly("Bearer " + TestClients.API_KEY, "Bearer " + TestClients.API_KEY);
        assertThat(custom.dispatcher().executorService().isShutdown()).isFalse();
        server.verify(
                2,
                postRequestedFor(urlEqualTo(MEMBERS_PATH))
                        .withHeader("Authorization", equalTo("Bearer " + TestClients.API_KEY)));
        custom.dispatcher().executorService().shutdown();
        custom.connectionPool().evictAll();
    }
}
