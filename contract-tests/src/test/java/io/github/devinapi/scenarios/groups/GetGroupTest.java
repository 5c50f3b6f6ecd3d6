package io.github.devinapi.scenarios.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseGroupResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** getGroup: one enterprise group by name, with its role in each organization. */
@ContractScenarios
@DisplayName("getGroup")
class GetGroupTest {

    @Test
    @DisplayName("the test group")
    void theTestGroup(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String group = scenario.ids().group(1);

        // when
        EnterpriseGroupResponse found = devin.execute(devin.groups().getGroup(group));

        // then
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/groups/" + group);
        assertThat(found.getGroupName()).isNotBlank();
        assertThat(found.getOrgCount()).isNotNull();
        assertThat(found.getRoleByOrgId()).isNotNull();
        scenario.onMockOnly(() -> {
            assertThat(found.getGroupName()).isEqualTo(group);
            assertThat(found.getOrgCount()).isZero();
            assertThat(found.getRoleByOrgId()).isEmpty();
        });
    }
}
