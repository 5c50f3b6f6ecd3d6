package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.MEMBERS_PATH;
import static io.github.devinapi.client.TestClients.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.model.SuccessResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;

/** When the client tries again, how long it waits, and when it gives up. No test really sleeps. */
class RetryTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String OK = "{\"status\":\"success\"}";

    private final ManualTime time = new ManualTime();

    @Test
    void a_429_with_retry_after_seconds_waits_that_long_on_the_clock_then_succeeds() {
        Sequences.answer(
                server,
                () -> post(MEMBERS_PATH),
                aResponse().withStatus(429).withHeader("Retry-After", "2"),
                okJson(OK));

        SuccessResponse response = addMembers(TestClients.against(server, time));

        assertThat(response.getStatus()).isEqualTo("success");
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2));
        server.verify(2, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void a_retry_after_date_is_read_against_the_injected_clock() {
        String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ManualTime.START.plusSeconds(3).atOffset(ZoneOffset.UTC));
        Sequences.answer(
                server,
                () -> post("/v2/probes"),
                aResponse().withStatus(429).withHeader("Retry-After", inThreeSeconds),
                okJson(OK));

        assertThat(probe(TestClients.against(server, time), ProbeApi::create).getStatus())
                .isEqualTo("success");

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retry_after_ms_is_preferred_and_every_wait_is_capped() {
        Sequences.answer(
                server,
                () -> post("/v2/probes"),
                aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After-Ms", "250.5")
                        .withHeader("Retry-After", "9"),
                aResponse().withStatus(503).withHeader("Retry-After", "3600"),
                okJson(OK));

        probe(TestClients.against(server, time), ProbeApi::create);

        assertThat(time.waits()).containsExactly(Duration.ofNanos(250_500_000), RetryAfter.MAX);
    }

    @Test
    void a_503_on_a_post_not_listed_as_safe_is_retried_with_backoff_then_succeeds() {
        Sequences.answer(server, () -> post("/v2/probes"), aResponse().withStatus(503), okJson(OK));

        SuccessResponse response = probe(TestClients.against(server, time), ProbeApi::create);

        assertThat(response.getStatus()).isEqualTo("success");
        assertThat(time.waits()).containsExactly(Duration.ofMillis(500));
        server.verify(2, postRequestedFor(urlEqualTo("/v2/probes")));
    }

    @Test
    void a_500_on_a_post_not_listed_as_safe_is_not_retried() {
        server.stubFor(post("/v2/probes").willReturn(aResponse().withStatus(500)));

        InternalServerException thrown = catchThrowableOfType(
                InternalServerException.class, () -> probe(TestClients.against(server, time), ProbeApi::create));

        assertThat(thrown.retryCount()).isZero();
        assertThat(time.waits()).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo("/v2/probes")));
    }

    @Test
    void a_408_on_a_post_not_listed_as_safe_is_not_retried() {
        server.stubFor(post("/v2/probes").willReturn(aResponse().withStatus(408)));

        assertThat(catchThrowableOfType(
                                UnexpectedStatusException.class,
                                () -> probe(TestClients.against(server, time), ProbeApi::create))
                        .statusCode())
                .hasValue(408);
        server.verify(1, postRequestedFor(urlEqualTo("/v2/probes")));
    }

    @Test
    void server_errors_on_the_listed_bulk_member_addition_are_retried_then_succeed() {
        Sequences.answer(
                server,
                () -> post(MEMBERS_PATH),
                aResponse().withStatus(502),
                aResponse().withStatus(504),
                okJson(OK));

        SuccessResponse response = addMembers(TestClients.against(server, time));

        assertThat(response.getStatus()).isEqualTo("success");
        assertThat(time.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        server.verify(3, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void the_same_post_is_not_retried_once_it_is_removed_from_the_safe_list() {
        server.stubFor(post(MEMBERS_PATH).willReturn(aResponse().withStatus(500)));

        catchThrowableOfType(
                InternalServerException.class,
                () -> addMembers(TestClients.against(server, time).safeToRetry(Set.of())));

        server.verify(1, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void server_errors_and_408_on_idempotent_methods_are_retried(String method) {
        Sequences.answer(
                server,
                () -> request(method, urlEqualTo("/v2/probes/p-1")),
                aResponse().withStatus(500),
                aResponse().withStatus(408),
                okJson(OK));

        SuccessResponse response = probe(TestClients.against(server, time), idempotent(method));

        assertThat(response.getStatus()).isEqualTo("success");
        assertThat(time.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        server.verify(3, anyRequestedFor(urlEqualTo("/v2/probes/p-1")));
    }

    @Test
    void max_retries_is_respected_and_the_retry_count_is_visible_in_exception_and_log() {
        server.stubFor(post(MEMBERS_PATH).willReturn(aResponse().withStatus(503)));
        List<String> log = new CopyOnWriteArrayList<>();

        InternalServerException thrown = catchThrowableOfType(
                InternalServerException.class,
                () -> addMembers(TestClients.against(server, time)
                        .maxRetries(4)
                        .logLevel(LogLevel.INFO)
                        .logSink(log::add)));

        assertThat(thrown.retryCount()).isEqualTo(4);
        assertThat(thrown.getMessage()).endsWith("Gave up after 4 retries.");
        assertThat(time.waits())
                .containsExactly(
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(log)
                .filteredOn(line -> line.startsWith("retry "))
                .containsExactly(
                        "retry 1 of 4 for POST " + MEMBERS_PATH + " in 500 ms after HTTP 503",
                        "retry 2 of 4 for POST " + MEMBERS_PATH + " in 1000 ms after HTTP 503",
                        "retry 3 of 4 for POST " + MEMBERS_PATH + " in 2000 ms after HTTP 503",
                        "retry 4 of 4 for POST " + MEMBERS_PATH + " in 4000 ms after HTTP 503");
        server.verify(5, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void zero_max_retries_makes_a_single_attempt() {
        server.stubFor(post(MEMBERS_PATH).willReturn(aResponse().withStatus(429)));

        RateLimitException thrown = catchThrowableOfType(
                RateLimitException.class,
                () -> addMembers(TestClients.against(server, time).maxRetries(0)));

        assertThat(thrown.retryCount()).isZero();
        assertThat(time.waits()).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void backoff_doubles_from_half_a_second_up_to_eight_seconds() {
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));

        catchThrowableOfType(
                InternalServerException.class,
                () -> addMembers(TestClients.against(server, time).maxRetries(6)));

        assertThat(time.waits())
                .containsExactly(
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(8));
    }

    @Test
    void jitter_shortens_each_backoff_by_up_to_a_quarter() {
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));

        catchThrowableOfType(
                InternalServerException.class,
                () -> addMembers(TestClients.against(server, time).jitter(() -> 0.4)));

        assertThat(time.waits()).containsExactly(Duration.ofMillis(450), Duration.ofMillis(900));
    }

    private SuccessResponse addMembers(DevinClientBuilder builder) {
        try (DevinClient client = builder.build()) {
            return client.execute(client.organizations().addOrganizationMembers("org-1", members()));
        }
    }

    private static SuccessResponse probe(
            DevinClientBuilder builder, Function<ProbeApi, Call<SuccessResponse>> operation) {
        try (DevinClient client = builder.build()) {
            return client.execute(operation.apply(client.api(ProbeApi.class)));
        }
    }

    private static Function<ProbeApi, Call<SuccessResponse>> idempotent(String method) {
        switch (method) {
            case "GET":
                return api -> api.get("p-1");
            case "PUT":
                return api -> api.put("p-1");
            default:
                return api -> api.delete("p-1");
        }
    }
}
