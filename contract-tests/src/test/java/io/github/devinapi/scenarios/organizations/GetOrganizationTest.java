package io.github.devinapi.scenarios.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.OrganizationResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** getOrganization: one organization by id. */
@ContractScenarios
@DisplayName("getOrganization")
class GetOrganizationTest {

    @Test
    @DisplayName("the test organization")
    void theTestOrganization(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String org = scenario.ids().org(1);

        // when
        OrganizationResponse organization = devin.execute(devin.organizations().getOrganization(org));

        // then
        assertThat(scenario.lastExchange().request().method()).isEqualTo("GET");
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/organizations/" + org);
        assertThat(organization.getOrgId()).isNotBlank();
        assertThat(organization.getOrgName()).isNotNull();
        scenario.onMockOnly(() -> {
            assertThat(organization.getOrgId()).isEqualTo(org);
            assertThat(organization.getOrgName()).isEqualTo("Reference Test Org");
            assertThat(organization.getOrgAdminCount()).isEqualTo(1);
            assertThat(organization.getOrgMemberCount()).isEqualTo(3);
        });
    }
}
