package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.MEMBERS_PATH;
import static io.github.devinapi.client.TestClients.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.model.SuccessResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** executeAsync: the same request, retries, typed errors and redaction as execute, delivered by a future. */
class AsyncTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** How long a test waits for a future at most: a guard against a hang, not a timing assertion. */
    private static final long GUARD_SECONDS = 20;

    private final ManualTime time = new ManualTime();

    @Test
    void completes_with_the_parsed_body_of_the_request_sent() throws Exception {
        server.stubFor(post(MEMBERS_PATH).willReturn(okJson("{\"status\":\"success\"}")));

        try (DevinClient devin = TestClients.against(server, time).build()) {
            CompletableFuture<SuccessResponse> added =
                    devin.executeAsync(devin.organizations().addOrganizationMembers("org-1", members()));

            assertThat(added.get(GUARD_SECONDS, TimeUnit.SECONDS).getStatus()).isEqualTo("success");
        }
        server.verify(
                1,
                postRequestedFor(urlEqualTo(MEMBERS_PATH))
                        .withHeader("Authorization", equalTo("Bearer " + TestClients.API_KEY))
                        .withRequestBody(
                                equalToJson("{\"user_ids\":[\"user-1\",\"user-2\"],\"org_ids\":[\"org-1\"]}")));
    }

    @Test
    void an_error_status_completes_it_exceptionally_with_the_typed_exception() {
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"Organization not found\"}")));

        try (DevinClient devin = TestClients.against(server, time).build()) {
            CompletableFuture<SuccessResponse> added =
                    devin.executeAsync(devin.organizations().addOrganizationMembers("org-1", members()));

            assertThatThrownBy(() -> added.get(GUARD_SECONDS, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageStartingWith("POST " + MEMBERS_PATH + " failed with HTTP 404: Organization not found.");
        }
    }

    @Test
    void retries_as_execute_does_and_counts_them() throws Exception {
        Sequences.answer(
                server,
                () -> post(MEMBERS_PATH),
                aResponse().withStatus(503),
                aResponse().withStatus(429).withHeader("Retry-After", "2"),
                okJson("{\"status\":\"success\"}"));

        try (DevinClient devin = TestClients.against(server, time).build()) {
            SuccessResponse added = devin.executeAsync(devin.organizations().addOrganizationMembers("org-1", members()))
                    .get(GUARD_SECONDS, TimeUnit.SECONDS);

            assertThat(added.getStatus()).isEqualTo("success");
        }
        assertThat(time.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(2));
        server.verify(3, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void giving_up_after_the_retries_reports_them() {
        server.stubFor(post(MEMBERS_PATH).willReturn(aResponse().withStatus(503)));

        try (DevinClient devin = TestClients.against(server, time).build()) {
            CompletableFuture<SuccessResponse> added =
                    devin.executeAsync(devin.organizations().addOrganizationMembers("org-1", members()));

            assertThatThrownBy(() -> added.get(GUARD_SECONDS, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOf(InternalServerException.class)
                    .hasMessageEndingWith("Gave up after 2 retries.");
        }
        server.verify(3, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void the_key_is_never_in_the_exception_message_even_when_the_server_echoes_it() {
        String key = "apk_user_" + "ASYNC" + UUID.randomUUID().toString().replace("-", "");
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"Invalid key " + key + "\"}")));

        try (DevinClient devin = TestClients.against(server, time).apiKey(key).build()) {
            CompletableFuture<SuccessResponse> added =
                    devin.executeAsync(devin.organizations().addOrganizationMembers("org-1", members()));
            Throwable thrown = added.handle((body, failure) -> failure).join();

            assertThat(thrown).isInstanceOf(AuthenticationException.class);
            assertThat(thrown.getMessage().contains(key))
                    .as("the key appears in the message")
                    .isFalse();
            assertThat(((DevinApiException) thrown).rawBody().contains(key))
                    .as("the key appears in the body")
                    .isFalse();
            assertThat(thrown.getMessage()).contains("Invalid key [redacted]");
        }
    }

    @Test
    void a_call_of_a_closed_client_is_refused_at_once() {
        DevinClient devin = TestClients.against(server, time).build();
        var call = devin.organizations().addOrganizationMembers("org-1", members());
        devin.close();

        assertThatThrownBy(() -> devin.executeAsync(call)).isInstanceOf(IllegalStateException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
