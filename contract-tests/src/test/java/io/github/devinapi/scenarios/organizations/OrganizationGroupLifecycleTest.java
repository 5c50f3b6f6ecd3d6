package io.github.devinapi.scenarios.organizations;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.OrgGroup;
import io.github.devinapi.client.model.OrganizationGroupResponse;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.scenarios.roles.Roles;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A group attached to the test organization and detached again: addOrganizationGroups,
 * listOrganizationGroups, removeOrganizationGroup. On a live tenant it needs a test group
 * ({@code DEVIN_TEST_GROUP}), and the run puts the organization's groups back afterwards.
 */
@ContractScenarios
@DisplayName("Organization group lifecycle")
class OrganizationGroupLifecycleTest {

    @Test
    @DisplayName("a group added with a role is listed with it, and gone once removed")
    void addListRemove(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String org = scenario.ids().org(1);
        String group = scenario.ids().group(1);
        String role = Roles.firstOfType(devin, Roles.ORGANIZATION);

        // when: added
        OrganizationGroupResponse added = devin.execute(devin.organizations()
                .addOrganizationGroups(org, new OrgGroup().groupName(group).role(role)));

        // then: listed with its role
        assertThat(tree(scenario.lastExchange().request().body()))
                .isEqualTo(Json.of(Map.of("group_name", group, "role", role)));
        assertThat(added.getGroupName()).isEqualTo(group);
        assertThat(added.getOrgId()).isEqualTo(org);
        assertThat(added.getRole()).isEqualTo(role);
        assertThat(groups(devin, org, null))
                .as("the groups of %s after adding %s", org, group)
                .containsEntry(group, role);

        // when: removed
        SuccessResponse removed = devin.execute(devin.organizations().removeOrganizationGroup(org, group));

        // then: gone
        assertThat(scenario.lastExchange().request().method()).isEqualTo("DELETE");
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/organizations/" + org + "/groups/" + group);
        assertThat(removed.getStatus()).isEqualTo("success");
        assertThat(groups(devin, org, 50))
                .as("the groups of %s after removing %s", org, group)
                .doesNotContainKey(group);
    }

    /**
     * The organization's groups with their roles. Each look asks for its own page size (null: the spec's
     * default): on the embedded tenant each state of the list is a recording of its own.
     */
    private static Map<String, String> groups(DevinClient devin, String org, Integer pageSize) {
        return devin.paginate(devin.organizations().listOrganizationGroups(org, null, pageSize))
                .collect(Collectors.toMap(OrganizationGroupResponse::getGroupName, OrganizationGroupResponse::getRole));
    }
}
