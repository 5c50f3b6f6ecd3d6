package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.API_KEY;
import static io.github.devinapi.client.TestClients.MEMBERS_PATH;
import static io.github.devinapi.client.TestClients.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.api.OrganizationsApi;
import io.github.devinapi.client.model.SuccessResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

class DevinClientRequestTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final ManualTime time = new ManualTime();

    @Test
    void sends_the_operation_with_bearer_key_user_agent_and_json_body_and_returns_the_parsed_body() {
        server.stubFor(post(MEMBERS_PATH).willReturn(okJson("{\"status\":\"success\"}")));

        try (DevinClient client = TestClients.against(server, time).build()) {
            SuccessResponse response =
                    client.execute(client.organizations().addOrganizationMembers("org-1", members()));

            assertThat(response.getStatus()).isEqualTo("success");
        }
        server.verify(
                1,
                postRequestedFor(urlEqualTo(MEMBERS_PATH))
                        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                        .withHeader(
                                "User-Agent",
                                matching("devin-api-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java [0-9][^)]*\\)"))
                        .withHeader("Content-Type", matching("application/json.*"))
                        .withRequestBody(
                                equalToJson("{\"user_ids\":[\"user-1\",\"user-2\"],\"org_ids\":[\"org-1\"]}")));
    }

    @Test
    void resolves_operations_against_a_base_url_with_a_path_prefix() {
        server.stubFor(post("/gateway/devin" + MEMBERS_PATH).willReturn(okJson("{\"status\":\"success\"}")));

        try (DevinClient client = TestClients.against(server, time)
                .baseUrl(server.baseUrl() + "/gateway/devin")
                .build()) {
            assertThat(client.execute(client.organizations().addOrganizationMembers("org-1", members()))
                            .getStatus())
                    .isEqualTo("success");
        }
        server.verify(1, postRequestedFor(urlEqualTo("/gateway/devin" + MEMBERS_PATH)));
    }

    @Test
    void the_tag_accessor_is_the_same_wired_interface_as_api() {
        try (DevinClient client = TestClients.against(server, time).build()) {
            assertThat(client.organizations()).isSameAs(client.api(OrganizationsApi.class));
        }
    }

    @Test
    void does_not_send_the_key_to_another_origin() {
        elsewhere.stubFor(get("/probe").willReturn(okJson("{\"status\":\"elsewhere\"}")));

        try (DevinClient client = TestClients.against(server, time).build()) {
            SuccessResponse response = client.execute(client.api(ProbeApi.class).at(elsewhere.baseUrl() + "/probe"));

            assertThat(response.getStatus()).isEqualTo("elsewhere");
        }
        elsewhere.verify(1, getRequestedFor(urlEqualTo("/probe")).withoutHeader("Authorization"));
    }

    @Test
    void refuses_a_call_that_another_retrofit_made() {
        OrganizationsApi foreign = new Retrofit.Builder()
                .baseUrl(elsewhere.baseUrl() + "/")
                .addConverterFactory(GsonConverterFactory.create())
                .client(new OkHttpClient())
                .build()
                .create(OrganizationsApi.class);

        try (DevinClient client = TestClients.against(server, time).build()) {
            assertThatThrownBy(() -> client.execute(foreign.addOrganizationMembers("org-1", members())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("api(...)");
        }
        assertThat(elsewhere.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_closed_client_refuses_further_use() {
        DevinClient client = TestClients.against(server, time).build();
        OrganizationsApi organizations = client.organizations();
        client.close();
        client.close();

        assertThatThrownBy(() -> client.execute(organizations.addOrganizationMembers("org-1", members())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(client::organizations).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void calls_made_directly_on_the_interface_are_wired_too() throws Exception {
        server.stubFor(
                post(MEMBERS_PATH).willReturn(aResponse().withStatus(503)).atPriority(1));

        try (DevinClient client = TestClients.against(server, time).build()) {
            retrofit2.Response<SuccessResponse> response = client.organizations()
                    .addOrganizationMembers("org-1", members())
                    .execute();

            assertThat(response.code()).isEqualTo(503);
        }
        server.verify(
                3,
                postRequestedFor(urlEqualTo(MEMBERS_PATH)).withHeader("Authorization", equalTo("Bearer " + API_KEY)));
        assertThat(time.waits()).hasSize(2);
    }

    @Test
    void writes_date_time_and_date_parameters_in_rfc_3339_form_even_with_zero_seconds() {
        server.stubFor(get(urlPathEqualTo("/v2/probes")).willReturn(okJson("{\"status\":\"ok\"}")));
        var after = java.time.OffsetDateTime.of(2026, 1, 2, 10, 20, 0, 0, java.time.ZoneOffset.UTC);

        try (DevinClient client = TestClients.against(server, time).build()) {
            client.execute(client.api(ProbeApi.class).since(after, java.time.LocalDate.of(2026, 1, 2)));
        }

        server.verify(
                1,
                getRequestedFor(urlPathEqualTo("/v2/probes"))
                        .withQueryParam("after", equalTo("2026-01-02T10:20:00Z"))
                        .withQueryParam("day", equalTo("2026-01-02")));
    }

    @Test
    void keeps_integers_integral_in_free_form_values() {
        server.stubFor(
                get("/v2/probes/free-form").willReturn(okJson("{\"count\":0,\"ratio\":0.5,\"nested\":{\"n\":7}}")));

        try (DevinClient client = TestClients.against(server, time).build()) {
            java.util.Map<String, Object> body =
                    client.execute(client.api(ProbeApi.class).freeForm());

            assertThat(body.get("count")).isEqualTo(0L);
            assertThat(body.get("ratio")).isEqualTo(0.5);
            assertThat(body.get("nested")).isEqualTo(java.util.Map.of("n", 7L));
        }
    }
}
