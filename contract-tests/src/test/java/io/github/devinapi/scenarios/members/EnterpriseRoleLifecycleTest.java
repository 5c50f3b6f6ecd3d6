package io.github.devinapi.scenarios.members;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseUserResponse;
import io.github.devinapi.client.model.RoleUpdateRequest;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.scenarios.OptIns;
import io.github.devinapi.scenarios.roles.Roles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A test user's enterprise role changed and set back: getMember, listRoles, updateMembersRoles, listMembers.
 * On a live tenant only with {@value OptIns#UPDATE_ROLES}, since the other role may be an admin's; the
 * original role is set back whatever happens.
 */
@ContractScenarios
@DisplayName("Enterprise role lifecycle")
class EnterpriseRoleLifecycleTest {

    @Test
    @DisplayName("a test user given another enterprise role has it, and gets the original back")
    void changeCheckRestore(Scenario scenario) {
        // given: the user's role, and another enterprise role the tenant names
        scenario.requireOptIn(OptIns.UPDATE_ROLES);
        DevinClient devin = scenario.devin();
        String user = scenario.ids().user(1);
        EnterpriseUserResponse before = devin.execute(devin.members().getMember(user));
        String original = before.getEnterpriseRole();
        String other = Roles.ofType(devin, Roles.ENTERPRISE).stream()
                .filter(role -> !role.equals(original))
                .findFirst()
                .orElseThrow(() -> new AssertionError("listRoles names no enterprise role besides " + original));
        scenario.adopt(other);
        scenario.adopt(original);
        try {
            // when
            SuccessResponse updated = devin.execute(devin.members()
                    .updateMembersRoles(
                            new RoleUpdateRequest().userIds(List.of(user)).roleId(other)));

            // then
            assertThat(scenario.lastExchange().request().method()).isEqualTo("PATCH");
            assertThat(tree(scenario.lastExchange().request().body()))
                    .isEqualTo(Json.of(Map.of("user_ids", List.of(user), "role_id", other)));
            assertThat(updated.getStatus()).isEqualTo("success");
            assertThat(listed(devin, before))
                    .as("%s in listMembers after giving them role %s", user, other)
                    .hasValueSatisfying(
                            member -> assertThat(member.getEnterpriseRole()).isEqualTo(other));
        } finally {
            SuccessResponse restored = devin.execute(devin.members()
                    .updateMembersRoles(
                            new RoleUpdateRequest().userIds(List.of(user)).roleId(original)));
            assertThat(restored.getStatus()).isEqualTo("success");
        }
    }

    /** The member as listMembers shows it, found by e-mail: getMember answered for the role before the change. */
    private static Optional<EnterpriseUserResponse> listed(DevinClient devin, EnterpriseUserResponse member) {
        return devin.paginate(devin.members().listMembers(null, null, member.getEmail()))
                .filter(listed -> member.getUserId().equals(listed.getUserId()))
                .findFirst();
    }
}
