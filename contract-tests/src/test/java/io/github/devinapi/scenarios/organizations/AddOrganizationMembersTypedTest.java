package io.github.devinapi.scenarios.organizations;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** addOrganizationMembers through DevinClient, as users call it: what it sends, and what it makes of the answer. */
@ContractScenarios
@DisplayName("addOrganizationMembers, typed")
class AddOrganizationMembersTypedTest {

    @Test
    @DisplayName("adds one user to one organization")
    void addsOneUserToOneOrganization(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String org = scenario.ids().org(1);
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(scenario.ids().user(1)))
                .orgIds(List.of(org));

        // when
        SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers(org, body));

        // then
        Exchange.Request sent = scenario.lastExchange().request();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo(MembersEndpoint.pathFor(org));
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.header("Authorization"))
                .as("bearer scheme (value not shown)")
                .startsWith("Bearer ");
        assertThat(tree(sent.body()))
                .as("unset optional fields are omitted, not sent as null")
                .isEqualTo(Json.of(Map.of("user_ids", List.of(scenario.ids().user(1)), "org_ids", List.of(org))));
        assertThat(added.getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("adds many users to many organizations in one call")
    void addsManyUsersToManyOrganizations(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        var ids = scenario.ids();
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(ids.user(2), ids.user(3), ids.user(4)))
                .orgIds(List.of(ids.org(1), ids.org(2)));

        // when
        SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers(ids.org(1), body));

        // then
        assertThat(tree(scenario.lastExchange().request().body()))
                .isEqualTo(Json.of(Map.of(
                        "user_ids",
                        List.of(ids.user(2), ids.user(3), ids.user(4)),
                        "org_ids",
                        List.of(ids.org(1), ids.org(2)))));
        assertThat(added.getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("adds members with an organization role")
    void addsMembersWithAnOrganizationRole(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        var ids = scenario.ids();
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(ids.user(5)))
                .orgIds(List.of(ids.org(1)))
                .orgRole("admin");

        // when
        SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers(ids.org(1), body));

        // then
        assertThat(tree(scenario.lastExchange().request().body())
                        .get("org_role")
                        .asText())
                .isEqualTo("admin");
        assertThat(added.getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("adds members to named groups")
    void addsMembersToGroups(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        var ids = scenario.ids();
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(ids.user(6)))
                .orgIds(List.of(ids.org(1)))
                .groupNames(List.of(ids.group(1), ids.group(2)));

        // when
        SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers(ids.org(1), body));

        // then
        assertThat(tree(scenario.lastExchange().request().body()).get("group_names"))
                .isEqualTo(Json.of(List.of(ids.group(1), ids.group(2))));
        assertThat(added.getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("percent-encodes a non-ASCII organization id in the path")
    void encodesANonAsciiOrganizationId(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String org = "org-tëst-ünïcode-0001";
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(scenario.ids().user(8)))
                .orgIds(List.of(org));

        // when
        SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers(org, body));

        // then
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/organizations/org-t%C3%ABst-%C3%BCn%C3%AFcode-0001/members");
        assertThat(tree(scenario.lastExchange().request().body())
                        .get("org_ids")
                        .get(0)
                        .asText())
                .isEqualTo(org);
        assertThat(added.getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("encodes a space in an organization id, and leaves ':' and '@' as a path segment allows")
    void encodesReservedCharactersInAnOrganizationId(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String org = "org test:0001@eu";
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(scenario.ids().user(9)))
                .orgIds(List.of(org));

        // when
        SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers(org, body));

        // then
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/organizations/org%20test:0001@eu/members");
        assertThat(added.getStatus()).isEqualTo("success");
    }

    @Test
    @DisplayName("lets a required field be omitted, and throws the typed 422 that follows")
    void throwsTheValidationErrorOfAnOmittedRequiredField(Scenario scenario) {
        // given: the generated model does not enforce required fields; an organization that exists nowhere
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());
        String org = scenario.ids().absent().org(1);
        EnterpriseBulkOrgMembersUpdate body = new EnterpriseBulkOrgMembersUpdate().orgIds(List.of(org));

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.organizations().addOrganizationMembers(org, body)));

        // then
        assertThat(tree(scenario.lastExchange().request().body())).isEqualTo(Json.of(Map.of("org_ids", List.of(org))));
        assertThat(refused.statusCode()).hasValue(422);
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("body", "user_ids").says("missing");
    }
}
