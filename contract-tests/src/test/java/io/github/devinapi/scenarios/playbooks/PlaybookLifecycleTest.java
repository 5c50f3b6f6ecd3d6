package io.github.devinapi.scenarios.playbooks;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.CreateEnterprisePlaybookRequest;
import io.github.devinapi.client.model.EnterprisePlaybookResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A playbook made, read, changed and deleted again. On a live tenant only with
 * {@code DEVIN_LIVE_CREATE_PLAYBOOKS=true}: its title is this run's ({@code contract-run-<run>-playbook}),
 * so that {@code -Dcontract.live.cleanup=true} finds it if the run is cut short.
 */
@ContractScenarios
@DisplayName("Playbooks, lifecycle")
class PlaybookLifecycleTest {

    static final String OPT_IN = "DEVIN_LIVE_CREATE_PLAYBOOKS";

    @Test
    @DisplayName("create a playbook named for the run -> read it -> update it -> delete it -> no longer listed")
    void lifecycle(Scenario scenario) {
        // given
        scenario.requireOptIn(OPT_IN);
        DevinClient devin = scenario.devin();
        String title = scenario.ids().created("playbook");

        // when: created
        EnterprisePlaybookResponse created = devin.execute(devin.playbooks()
                .createPlaybook(
                        new CreateEnterprisePlaybookRequest().title(title).body("Greet the team.")));
        String id = created.getPlaybookId();
        scenario.adopt(id);
        try {
            // then
            assertThat(tree(scenario.lastExchange().request().body()))
                    .isEqualTo(Json.of(Map.of("title", title, "body", "Greet the team.")));
            assertThat(created.getTitle()).isEqualTo(title);

            // when: read and changed
            EnterprisePlaybookResponse read = devin.execute(devin.playbooks().getPlaybook(id));
            devin.execute(devin.playbooks()
                    .updatePlaybook(
                            id,
                            new CreateEnterprisePlaybookRequest().title(title).body("Greet the team, then stand up.")));

            // then
            assertThat(read.getPlaybookId()).isEqualTo(id);
            assertThat(read.getBody()).isEqualTo("Greet the team.");
            assertThat(scenario.lastExchange().request().method()).isEqualTo("PUT");
        } finally {
            devin.execute(devin.playbooks().deletePlaybook(id));
        }

        // then: gone
        List<EnterprisePlaybookResponse> left = devin.execute(devin.playbooks().listPlaybooks());
        assertThat(left).extracting(EnterprisePlaybookResponse::getPlaybookId).doesNotContain(id);
    }
}
