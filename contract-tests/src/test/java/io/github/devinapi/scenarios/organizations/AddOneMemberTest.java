package io.github.devinapi.scenarios.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.tenant.TestIds;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The hand-written scenario CONTRIBUTING.md shows: one member added, typed, and one refused, raw. */
@ContractScenarios
@DisplayName("addOrganizationMembers, as CONTRIBUTING.md shows it")
class AddOneMemberTest {

    // snippet:typed
    @Test
    @DisplayName("adds one member")
    void addsOneMember(Scenario scenario) {
        // given: a DevinClient aimed at the run's target, and ids the target allows
        DevinClient devin = scenario.devin();
        String org = scenario.ids().org(1);
        var body = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(scenario.ids().user(1)))
                .orgIds(List.of(org));

        // when
        SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers(org, body));

        // then: what was sent, and what came back
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/organizations/" + org + "/members");
        assertThat(added.getStatus()).isEqualTo("success");
    }
    // snippet:end

    // snippet:refused
    @Test
    @DisplayName("refuses a body without user_ids")
    void refusesABodyWithoutUserIds(Scenario scenario) {
        // given: ids that exist nowhere, so that a live server that wrongly accepts it changes nothing
        TestIds nowhere = scenario.ids().absent();

        // when
        scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body("{\"org_ids\":[\"" + nowhere.org(1) + "\"]}")
                .post("/v2/enterprise/organizations/{org_id}/members", nowhere.org(1));

        // then: a 422 that points at the missing field; FastAPI's words are judged on the embedded tenant only
        scenario.refusal().pointsAt("body", "user_ids").says("missing");
    }
    // snippet:end
}
