package io.github.devinapi.client.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.ScalarUnion;
import io.github.devinapi.client.invoker.ApiClient;
import io.github.devinapi.client.invoker.JSON;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.HTTPValidationError;
import io.github.devinapi.client.model.SuccessResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Response;

/** The raw generated Retrofit client, as the generator makes it, against a WireMock server. */
class OrganizationsApiWireMockTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String TOKEN = "test-token-not-a-real-key";

    private OrganizationsApi organizations;

    @BeforeEach
    void createClient() {
        ApiClient apiClient = new ApiClient("bearerAuth");
        apiClient.setBearerToken(TOKEN);
        apiClient.getAdapterBuilder().baseUrl(server.baseUrl() + "/");
        organizations = apiClient.createService(OrganizationsApi.class);
    }

    private static EnterpriseBulkOrgMembersUpdate oneUserToOneOrg() {
        return new EnterpriseBulkOrgMembersUpdate().userIds(List.of("user-1")).orgIds(List.of("org-1"));
    }

    @Test
    void sendsTheBearerToken() throws Exception {
        server.stubFor(post(urlEqualTo("/v2/enterprise/organizations/org-1/members"))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"success\"}")));

        organizations.addOrganizationMembers("org-1", oneUserToOneOrg()).execute();

        server.verify(postRequestedFor(urlEqualTo("/v2/enterprise/organizations/org-1/members"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void encodesThePathParameter() throws Exception {
        String orgId = "team/a b-é";
        String encoded = "/v2/enterprise/organizations/team%2Fa%20b-%C3%A9/members";
        server.stubFor(
                post(urlEqualTo(encoded)).willReturn(aResponse().withStatus(200).withBody("{\"status\":\"success\"}")));

        Response<SuccessResponse> response =
                organizations.addOrganizationMembers(orgId, oneUserToOneOrg()).execute();

        assertThat(response.code()).isEqualTo(200);
        server.verify(postRequestedFor(urlEqualTo(encoded)));
    }

    @Test
    void sendsTheBodyExactlyAsTheSpecDeclaresIt() throws Exception {
        server.stubFor(post(urlEqualTo("/v2/enterprise/organizations/org-1/members"))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"success\"}")));
        var body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of("user-1", "user-2"))
                .orgIds(List.of("org-1", "org-2"))
                .orgRole("admin");

        organizations.addOrganizationMembers("org-1", body).execute();

        server.verify(postRequestedFor(urlEqualTo("/v2/enterprise/organizations/org-1/members"))
                .withHeader("Content-Type", matching("application/json(;.*)?"))
                .withRequestBody(equalToJson("""
                        {"user_ids":["user-1","user-2"],"org_ids":["org-1","org-2"],"org_role":"admin"}
                        """)));
    }

    @Test
    void parsesA200() throws Exception {
        server.stubFor(post(urlEqualTo("/v2/enterprise/organizations/org-1/members"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"success\"}")));

        Response<SuccessResponse> response =
                organizations.addOrganizationMembers("org-1", oneUserToOneOrg()).execute();

        assertThat(response.isSuccessful()).isTrue();
        assertThat(response.body().getStatus()).isEqualTo("success");
    }

    @Test
    void parsesA422WithIntegerLocEntries() throws Exception {
        server.stubFor(post(urlEqualTo("/v2/enterprise/organizations/org-1/members"))
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"detail":[{"type":"string_type","loc":["body","user_ids",0],
                                            "msg":"Input should be a valid string","input":7}]}
                                """)));

        Response<SuccessResponse> response =
                organizations.addOrganizationMembers("org-1", oneUserToOneOrg()).execute();

        assertThat(response.code()).isEqualTo(422);
        HTTPValidationError error =
                new JSON().getGson().fromJson(response.errorBody().charStream(), HTTPValidationError.class);
        assertThat(error.getDetail().get(0).getLoc())
                .containsExactly(ScalarUnion.of("body"), ScalarUnion.of("user_ids"), ScalarUnion.of(0));
        assertThat(error.getDetail().get(0).getMsg()).isEqualTo("Input should be a valid string");
    }
}
