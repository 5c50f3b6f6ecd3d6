package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.MEMBERS_PATH;
import static io.github.devinapi.client.TestClients.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.model.SuccessResponse;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Call;

/** Broken connections, slow servers and bodies that are not the declared JSON: each a typed exception, in bounded time. */
class FaultTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final Duration NEVER_HANGS = Duration.ofSeconds(20);
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private final ManualTime time = new ManualTime();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void a_fault_on_a_post_not_listed_as_safe_is_a_connection_exception_without_retry(Fault fault) {
        server.stubFor(post("/v2/probes").willReturn(aResponse().withFault(fault)));

        DevinApiException thrown = failure(ProbeApi::create);

        assertThat(thrown).isInstanceOf(DevinConnectionException.class);
        assertThat(thrown.statusCode()).isEmpty();
        assertThat(thrown.retryCount()).isZero();
        assertThat(thrown.getMessage()).startsWith("POST /v2/probes failed: ");
        server.verify(1, postRequestedFor(urlEqualTo("/v2/probes")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void a_fault_on_the_listed_bulk_member_addition_is_retried_up_to_max_retries(Fault fault) {
        server.stubFor(post(MEMBERS_PATH).willReturn(aResponse().withFault(fault)));

        DevinApiException thrown = failure(api -> null);

        assertThat(thrown).isInstanceOf(DevinConnectionException.class);
        assertThat(thrown.retryCount()).isEqualTo(2);
        assertThat(thrown.getMessage()).endsWith("Gave up after 2 retries.");
        assertThat(time.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        server.verify(3, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void a_get_recovers_from_a_fault_on_retry(Fault fault) {
        Sequences.answer(
                server, () -> get("/v2/probes/p-1"), aResponse().withFault(fault), okJson("{\"status\":\"ok\"}"));

        SuccessResponse response = success(api -> api.get("p-1"));

        assertThat(response.getStatus()).isEqualTo("ok");
        server.verify(2, getRequestedFor(urlEqualTo("/v2/probes/p-1")));
    }

    @Test
    void a_response_slower_than_the_timeout_fails_each_attempt_in_bounded_time() {
        server.stubFor(post(MEMBERS_PATH).willReturn(okJson("{}").withFixedDelay(3_000)));

        DevinApiException thrown = failure(api -> null);

        assertThat(thrown).isInstanceOf(DevinConnectionException.class);
        assertThat(thrown.getMessage()).contains("no response within 300 ms (the timeout per attempt)");
        // Three attempts: counted by the client, as WireMock journals a delayed request only once it answers.
        assertThat(thrown.retryCount()).isEqualTo(2);
    }

    @Test
    void a_body_that_trickles_in_slower_than_the_timeout_fails_although_each_chunk_is_quick() {
        server.stubFor(post("/v2/probes")
                .willReturn(okJson("{\"status\":\"" + "x".repeat(100) + "\"}").withChunkedDribbleDelay(20, 3_000)));

        DevinApiException thrown = failure(ProbeApi::create);

        assertThat(thrown).isInstanceOf(DevinConnectionException.class);
        assertThat(thrown.getMessage()).contains("no response within 300 ms");
        // Not retried. (WireMock journals a request only once it has served it, 3 s later: ask the client.)
        assertThat(thrown.retryCount()).isZero();
    }

    @Test
    void truncated_json_is_an_invalid_response_naming_where_it_ends() {
        DevinApiException thrown = invalidBody(okJson("{\"status\":\"succ"));

        assertThat(thrown.getMessage())
                .contains("the body is not valid SuccessResponse JSON (MalformedJsonException: "
                        + "Unterminated string at line 1 column 16 path $.status)")
                .contains("where the API declares SuccessResponse");
        assertThat(thrown.rawBody()).isEqualTo("{\"status\":\"succ");
    }

    @Test
    void a_value_of_the_wrong_type_is_an_invalid_response_naming_the_json_path() {
        DevinApiException thrown = invalidBody(okJson("{\"status\":{\"code\":1}}"));

        assertThat(thrown.getMessage())
                .contains("the body does not fit the declared type at $.status: "
                        + "expected a string, got an object, where the API declares SuccessResponse");
    }

    @Test
    void a_list_where_an_object_is_declared_is_an_invalid_response() {
        assertThat(invalidBody(okJson("[]")).getMessage())
                .contains("Expected BEGIN_OBJECT but was BEGIN_ARRAY")
                .contains("path $");
    }

    @Test
    void an_empty_200_body_is_an_invalid_response() {
        DevinApiException thrown =
                invalidBody(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

        assertThat(thrown.getMessage()).contains("returned HTTP 200 but the body is empty");
        assertThat(thrown.rawBody()).isEmpty();
    }

    @Test
    void a_json_null_body_is_an_invalid_response() {
        assertThat(invalidBody(okJson("null")).getMessage()).contains("the body is JSON null");
    }

    @Test
    void an_html_page_with_status_200_is_an_invalid_response() {
        DevinApiException thrown = invalidBody(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><title>Sign in</title></html>"));

        assertThat(thrown.getMessage()).contains("returned HTTP 200 but the body is text/html, not JSON");
        assertThat(thrown.rawBody()).isEqualTo("<html><title>Sign in</title></html>");
    }

    @Test
    void an_html_502_page_is_a_server_error_retried_for_the_listed_operation() {
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><title>502 Bad Gateway</title></html>")));

        DevinApiException thrown = failure(api -> null);

        assertThat(thrown).isInstanceOf(InternalServerException.class);
        assertThat(thrown.getMessage()).contains("HTTP 502: an HTML page (text/html), not JSON: \"502 Bad Gateway\"");
        server.verify(3, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    /** A 200 on the listed POST whose body does not fit: never retried, since the server did act. */
    private DevinApiException invalidBody(ResponseDefinitionBuilder response) {
        server.stubFor(post(MEMBERS_PATH).willReturn(response));

        DevinApiException thrown = failure(api -> null);

        assertThat(thrown).isInstanceOf(InvalidResponseException.class);
        assertThat(thrown.statusCode()).hasValue(200);
        assertThat(thrown.retryCount()).isZero();
        server.verify(1, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
        return thrown;
    }

    /** Calls the operation, or the bulk member addition when it gives no call; expects a DevinApiException. */
    private DevinApiException failure(Function<ProbeApi, Call<SuccessResponse>> operation) {
        return assertTimeoutPreemptively(NEVER_HANGS, () -> {
            try {
                success(operation);
            } catch (DevinApiException e) {
                return e;
            }
            throw new AssertionError("expected a DevinApiException");
        });
    }

    private SuccessResponse success(Function<ProbeApi, Call<SuccessResponse>> operation) {
        try (DevinClient client =
                TestClients.against(server, time).timeout(SHORT_TIMEOUT).build()) {
            Call<SuccessResponse> call = operation.apply(client.api(ProbeApi.class));
            return client.execute(
                    call != null ? call : client.organizations().addOrganizationMembers("org-1", members()));
        }
    }
}
