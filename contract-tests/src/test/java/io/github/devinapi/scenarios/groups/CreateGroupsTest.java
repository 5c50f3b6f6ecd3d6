package io.github.devinapi.scenarios.groups;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseGroupResponse;
import io.github.devinapi.client.model.EnterpriseIdpGroupsCreate;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.scenarios.OptIns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * updateGroups (PUT /v2/enterprise/groups) creates enterprise groups. The spec has no operation that deletes
 * one: on a live tenant this leaves the group behind (named contract-run-...), so it runs there only with
 * {@value OptIns#CREATE_GROUPS}.
 */
@ContractScenarios
@DisplayName("updateGroups")
class CreateGroupsTest {

    @Test
    @DisplayName(
            "creates a group that getGroup then finds, in no organization (leaves the group behind: nothing deletes one)")
    void createsAGroup(Scenario scenario) {
        // given
        scenario.requireOptIn(OptIns.CREATE_GROUPS);
        DevinClient devin = scenario.devin();
        String group = scenario.ids().created("group");

        // when
        List<String> created =
                devin.execute(devin.groups().updateGroups(new EnterpriseIdpGroupsCreate().groupNames(List.of(group))));

        // then
        assertThat(scenario.lastExchange().request().method()).isEqualTo("PUT");
        assertThat(tree(scenario.lastExchange().request().body()))
                .isEqualTo(Json.of(Map.of("group_names", List.of(group))));
        scenario.onMockOnly(() -> assertThat(created).containsExactly(group));
        EnterpriseGroupResponse found = devin.execute(devin.groups().getGroup(group));
        assertThat(found.getGroupName())
                .as("group %s in getGroup after creating it", group)
                .isEqualTo(group);
        assertThat(found.getOrgCount()).isZero();
        assertThat(found.getRoleByOrgId()).isEmpty();
    }
}
