package io.github.devinapi.scenarios.organizations;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.client.model.UserOrgResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.scenarios.roles.Roles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Membership of the test organization as platform teams automate it: addOrganizationMembers with a role,
 * listOrganizationMembers, removeOrganizationMember. On a live tenant the run puts the organization back
 * afterwards: who was added is removed, who was a member keeps their role.
 */
@ContractScenarios
@DisplayName("Organization membership lifecycle")
class OrganizationMembershipLifecycleTest {

    @Test
    @DisplayName("test users added with a role are listed with it; one removed is gone, the other stays")
    void addListRemove(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String org = scenario.ids().org(1);
        List<String> users = Stream.of(scenario.ids().user(1), scenario.ids().user(2))
                .distinct()
                .toList();
        String role = Roles.firstOfType(devin, Roles.ORGANIZATION);

        // when: added with the role
        SuccessResponse added = devin.execute(devin.organizations()
                .addOrganizationMembers(
                        org,
                        new EnterpriseBulkOrgMembersUpdate()
                                .userIds(users)
                                .orgIds(List.of(org))
                                .orgRole(role)));

        // then: listed with it
        assertThat(tree(scenario.lastExchange().request().body()))
                .isEqualTo(Json.of(Map.of("user_ids", users, "org_ids", List.of(org), "org_role", role)));
        assertThat(added.getStatus()).isEqualTo("success");
        Map<String, String> listed = roles(devin, org, null);
        users.forEach(user -> assertThat(listed)
                .as("the member list of %s after adding %s with role %s", org, users, role)
                .containsEntry(user, role));

        // when: one removed
        String removed = users.get(users.size() - 1);
        SuccessResponse removal = devin.execute(devin.organizations().removeOrganizationMember(org, removed));

        // then: gone, and the other still there
        assertThat(scenario.lastExchange().request().method()).isEqualTo("DELETE");
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo(MembersEndpoint.pathFor(org) + "/" + removed);
        assertThat(removal.getStatus()).isEqualTo("success");
        Map<String, String> after = roles(devin, org, 50);
        assertThat(after)
                .as("the member list of %s after removing %s", org, removed)
                .doesNotContainKey(removed);
        users.stream()
                .filter(user -> !user.equals(removed))
                .forEach(user -> assertThat(after)
                        .as("the member list of %s after removing %s", org, removed)
                        .containsEntry(user, role));
    }

    /**
     * Every member of the organization, with their role. Each look asks for its own page size (null: the spec's
     * default): on the embedded tenant each state of the list is a recording of its own.
     */
    private static Map<String, String> roles(DevinClient devin, String org, Integer pageSize) {
        List<UserOrgResponse> members = devin.paginate(
                        devin.organizations().listOrganizationMembers(org, null, pageSize))
                .toList();
        assertThat(members).allSatisfy(member -> assertThat(member.getOrgId()).isEqualTo(org));
        return members.stream().collect(Collectors.toMap(UserOrgResponse::getUserId, UserOrgResponse::getOrgRole));
    }
}
