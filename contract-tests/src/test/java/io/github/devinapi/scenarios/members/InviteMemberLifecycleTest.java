package io.github.devinapi.scenarios.members;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseMemberInviteRequest;
import io.github.devinapi.client.model.EnterpriseMemberInviteResponse;
import io.github.devinapi.client.model.EnterpriseUserResponse;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.scenarios.OptIns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A member from invitation to removal: inviteMembers, getMember, deleteMember. On a live tenant only with
 * {@value OptIns#INVITE_MEMBERS}: the address is contract-run-...@example.com (a reserved domain, so no one
 * receives the invitation), and the user it makes is removed from the enterprise whatever happens.
 */
@ContractScenarios
@DisplayName("Invitation lifecycle")
class InviteMemberLifecycleTest {

    @Test
    @DisplayName("an invited address becomes a member, readable by the id the invitation gives, then removed")
    void inviteReadRemove(Scenario scenario) {
        // given
        scenario.requireOptIn(OptIns.INVITE_MEMBERS);
        DevinClient devin = scenario.devin();
        String email = scenario.ids().created("invitee") + "@example.com";

        // when: invited
        EnterpriseMemberInviteResponse invited = devin.execute(
                devin.members().inviteMembers(new EnterpriseMemberInviteRequest().emails(List.of(email))));

        // then: one user, for that address
        assertThat(tree(scenario.lastExchange().request().body())).isEqualTo(Json.of(Map.of("emails", List.of(email))));
        assertThat(invited.getInvitedCount()).isEqualTo(1);
        assertThat(invited.getInviteeUserIdToEmail())
                .as("the users the invitation made")
                .hasSize(1)
                .allSatisfy((id, address) -> assertThat(address).isEqualToIgnoringCase(email));
        String user = invited.getInviteeUserIdToEmail().keySet().iterator().next();
        scenario.adopt(user);
        try {
            // when: read by that id
            EnterpriseUserResponse member = devin.execute(devin.members().getMember(user));

            // then
            assertThat(member.getUserId()).isEqualTo(user);
            assertThat(member.getEmail()).isEqualToIgnoringCase(email);
        } finally {
            SuccessResponse removed = devin.execute(devin.members().deleteMember(user));
            assertThat(scenario.lastExchange().request().method()).isEqualTo("DELETE");
            assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/members/" + user);
            assertThat(removed.getStatus()).isEqualTo("success");
        }
    }
}
