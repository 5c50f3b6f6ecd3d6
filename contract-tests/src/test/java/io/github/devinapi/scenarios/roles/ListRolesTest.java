package io.github.devinapi.scenarios.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.RoleResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** listRoles: the roles of the enterprise and of its organizations, as one plain list (not paged). */
@ContractScenarios
@DisplayName("listRoles")
class ListRolesTest {

    @Test
    @DisplayName("the enterprise's and the organizations' roles")
    void enterpriseAndOrganizationRoles(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();

        // when
        List<RoleResponse> roles = devin.execute(devin.roles().listRoles());

        // then
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/roles");
        assertThat(scenario.lastExchange().request().rawQuery()).isNull();
        assertThat(roles).isNotEmpty().allSatisfy(role -> {
            assertThat(role.getRoleId()).isNotBlank();
            assertThat(role.getRoleType()).isNotBlank();
        });
        scenario.onMockOnly(() -> assertThat(roles)
                .extracting(RoleResponse::getRoleId, RoleResponse::getRoleType)
                .containsExactly(
                        tuple("enterprise_admin", "enterprise"), tuple("enterprise_member", "enterprise"),
                        tuple("admin", "organization"), tuple("member", "organization")));
    }
}
