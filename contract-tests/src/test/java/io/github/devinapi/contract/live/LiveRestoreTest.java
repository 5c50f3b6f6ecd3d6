package io.github.devinapi.contract.live;

import static io.github.devinapi.contract.live.LiveFixture.ORG;
import static io.github.devinapi.contract.live.LiveFixture.PATH;
import static io.github.devinapi.contract.live.LiveFixture.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.Scenario;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A live run with writes puts the test organization back after each scenario that wrote to it, however it ended. */
@ExtendWith(ContractRunExtension.class)
@DisplayName("A live run with writes restores the test organization")
class LiveRestoreTest {

    private final MembershipTenant tenant = new MembershipTenant(ORG);
    private final LiveFixture live;

    LiveRestoreTest(ContractRun run) {
        this.live = new LiveFixture(run.validator(), tenant.baseUrl());
        tenant.members.put("user-existing", "member");
        tenant.members.put(USERS.get(1), "admin");
        tenant.groups.put("group-existing", "member");
    }

    @AfterEach
    void close() {
        live.close();
        tenant.close();
    }

    @Test
    @DisplayName("after a scenario that added a user, changed a member's role and removed another, then failed")
    void afterAFailedScenario() {
        // given
        Map<String, String> members = Map.copyOf(tenant.members);
        Map<String, String> groups = Map.copyOf(tenant.groups);
        Scenario scenario = live.writable();

        // when: the scenario writes, then fails an assertion
        scenario.request()
                .contentType(ContentType.JSON)
                .body("{\"user_ids\":[\"" + USERS.get(0) + "\"],\"org_ids\":[\"" + ORG + "\"],\"org_role\":\"member\"}")
                .post(PATH, ORG);
        scenario.request()
                .contentType(ContentType.JSON)
                .body("{\"user_ids\":[\"" + USERS.get(1) + "\"],\"org_ids\":[\"" + ORG + "\"],\"org_role\":\"member\"}")
                .post(PATH, ORG);
        assertThat(tenant.members)
                .as("what the scenario changed")
                .containsEntry(USERS.get(0), "member")
                .containsEntry(USERS.get(1), "member");
        scenario.target().scenarioEnded();

        // then
        assertThat(tenant.members).isEqualTo(members);
        assertThat(tenant.groups).isEqualTo(groups);
    }

    @Test
    @DisplayName("and says so when the tenant will not be put back")
    void whenItCannotRestore() {
        Scenario scenario = live.writable();
        scenario.request()
                .contentType(ContentType.JSON)
                .body("{\"user_ids\":[\"" + USERS.get(0) + "\"],\"org_ids\":[\"" + ORG + "\"]}")
                .post(PATH, ORG);
        tenant.close(); // the tenant goes away before the scenario ends

        assertThatThrownBy(() -> scenario.target().scenarioEnded()).hasMessageContaining("got no answer");
    }

    @Test
    @DisplayName("and reads nothing for a scenario that only reads")
    void readOnlyScenariosCostNothing() {
        Scenario scenario = live.writable();

        scenario.request().get("/v2/enterprise/organizations/" + ORG + "/members");
        scenario.target().scenarioEnded();

        assertThat(((io.github.devinapi.contract.live.LiveTarget) scenario.target()).requestsSent())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("and reads nothing for a write that names only ids that exist nowhere")
    void writesToAbsentIdsCostNothing() {
        Scenario scenario = live.writable();
        var absent = scenario.ids().absent();

        catchThrowable(() -> scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body("{\"org_ids\":[\"" + absent.org(1) + "\"]}")
                .post(PATH, absent.org(1))); // the stand-in answers 404
        scenario.target().scenarioEnded();

        assertThat(((io.github.devinapi.contract.live.LiveTarget) scenario.target()).requestsSent())
                .isEqualTo(1);
    }
}
