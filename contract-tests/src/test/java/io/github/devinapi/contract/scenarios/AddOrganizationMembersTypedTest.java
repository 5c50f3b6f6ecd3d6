package io.github.devinapi.contract.scenarios;

import io.github.devinapi.client.api.OrganizationsApi;
import io.github.devinapi.client.invoker.JSON;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.HTTPValidationError;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.scenario.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

/** addOrganizationMembers through the generated client: what it sends, and what it makes of the answer. */
@ContractScenarios
@DisplayName("addOrganizationMembers, typed")
class AddOrganizationMembersTypedTest {

    @Test
    @DisplayName("adds one user to one organization")
    void addsOneUserToOneOrganization(Scenario scenario) throws IOException {
        // given
        String org = scenario.ids().org(1);
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(scenario.ids().user(1))).orgIds(List.of(org));

        // when
        Response<SuccessResponse> response = scenario.client(OrganizationsApi.class).addOrganizationMembers(org, body).execute();

        // then
        Exchange.Request sent = scenario.lastExchange().request();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo(MembersEndpoint.pathFor(org));
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.header("Authorization")).as("bearer scheme (value not shown)").startsWith("Bearer ");
        assertThat(tree(sent.body())).as("unset optional fields are omitted, not sent as null")
                .isEqualTo(Json.of(Map.of("user_ids", List.of(scenario.ids().user(1)), "org_ids", List.of(org))));
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("adds many users to many organizations in one call")
    void addsManyUsersToManyOrganizations(Scenario scenario) throws IOException {
        // given
        var ids = scenario.ids();
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(ids.user(2), ids.user(3), ids.user(4))).orgIds(List.of(ids.org(1), ids.org(2)));

        // when
        Response<SuccessResponse> response = scenario.client(OrganizationsApi.class)
                .addOrganizationMembers(ids.org(1), body).execute();

        // then
        assertThat(tree(scenario.lastExchange().request().body())).isEqualTo(Json.of(Map.of(
                "user_ids", List.of(ids.user(2), ids.user(3), ids.user(4)), "org_ids", List.of(ids.org(1), ids.org(2)))));
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("adds members with an organization role")
    void addsMembersWithAnOrganizationRole(Scenario scenario) throws IOException {
        // given
        var ids = scenario.ids();
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(ids.user(5))).orgIds(List.of(ids.org(1))).orgRole("admin");

        // when
        Response<SuccessResponse> response = scenario.client(OrganizationsApi.class)
                .addOrganizationMembers(ids.org(1), body).execute();

        // then
        assertThat(tree(scenario.lastExchange().request().body()).get("org_role").asText()).isEqualTo("admin");
        assertThat(response.code()).isEqualTo(200);
    }

    @Test
    @DisplayName("adds members to named groups")
    void addsMembersToGroups(Scenario scenario) throws IOException {
        // given
        var ids = scenario.ids();
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(ids.user(6))).orgIds(List.of(ids.org(1))).groupNames(List.of(ids.group(1), ids.group(2)));

        // when
        Response<SuccessResponse> response = scenario.client(OrganizationsApi.class)
                .addOrganizationMembers(ids.org(1), body).execute();

        // then
        assertThat(tree(scenario.lastExchange().request().body()).get("group_names"))
                .isEqualTo(Json.of(List.of(ids.group(1), ids.group(2))));
        assertThat(response.body().getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("percent-encodes a non-ASCII organization id in the path")
    void encodesANonAsciiOrganizationId(Scenario scenario) throws IOException {
        // given
        String org = "org-tëst-ünïcode-0001";
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(scenario.ids().user(8))).orgIds(List.of(org));

        // when
        Response<SuccessResponse> response = scenario.client(OrganizationsApi.class).addOrganizationMembers(org, body).execute();

        // then
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/organizations/org-t%C3%ABst-%C3%BCn%C3%AFcode-0001/members");
        assertThat(tree(scenario.lastExchange().request().body()).get("org_ids").get(0).asText()).isEqualTo(org);
        assertThat(response.code()).isEqualTo(200);
    }

    @Test
    @DisplayName("encodes a space in an organization id, and leaves ':' and '@' as a path segment allows")
    void encodesReservedCharactersInAnOrganizationId(Scenario scenario) throws IOException {
        // given
        String org = "org test:0001@eu";
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(scenario.ids().user(9))).orgIds(List.of(org));

        // when
        Response<SuccessResponse> response = scenario.client(OrganizationsApi.class).addOrganizationMembers(org, body).execute();

        // then
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/organizations/org%20test:0001@eu/members");
        assertThat(response.code()).isEqualTo(200);
    }

    @Test
    @DisplayName("lets a required field be omitted, and reads the 422 that follows")
    void readsTheValidationErrorOfAnOmittedRequiredField(Scenario scenario) throws IOException {
        // given: the generated model does not enforce required fields
        String org = scenario.ids().org(1);
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate().orgIds(List.of(org));

        // when
        Response<SuccessResponse> response = scenario.client(OrganizationsApi.class, Expectation.conforming().sendingInvalidRequest())
                .addOrganizationMembers(org, body).execute();

        // then
        assertThat(tree(scenario.lastExchange().request().body())).isEqualTo(Json.of(Map.of("org_ids", List.of(org))));
        assertThat(response.code()).isEqualTo(422);
        HTTPValidationError error = new JSON().getGson().fromJson(response.errorBody().string(), HTTPValidationError.class);
        scenario.onFastApiOnly(() -> assertThat(error.getDetail()).singleElement().satisfies(detail -> {
            assertThat(detail.getType()).isEqualTo("missing");
            assertThat(detail.getLoc()).extracting(Object::toString).containsExactly("\"body\"", "\"user_ids\"");
        }));
    }
}
