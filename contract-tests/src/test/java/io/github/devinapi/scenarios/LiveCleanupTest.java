package io.github.devinapi.scenarios;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterprisePlaybookResponse;
import io.github.devinapi.client.model.OrganizationResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.target.TestIds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ./mvnw verify -Plive -Dcontract.live.cleanup=true} (with writes allowed): deletes what an interrupted
 * run created and named as the suite's ({@code contract-run-...}): organizations and playbooks. One test per
 * thing deleted. Off otherwise, and never on the embedded tenant.
 */
@ContractScenarios
@DisplayName("Live clean-up of what interrupted runs created")
class LiveCleanupTest {

    static final String PROPERTY = "contract.live.cleanup";

    @TestFactory
    Stream<DynamicTest> leftovers(ContractRun run) {
        if (run.target().isEmbedded() || !Boolean.getBoolean(PROPERTY)) {
            return Stream.empty();
        }
        if (!run.target().allowsWrites()) {
            return Stream.of(dynamicTest("clean-up", () -> abort("-D" + PROPERTY + "=true deletes, and runs only with "
                    + "DEVIN_LIVE_ALLOW_WRITES=true")));
        }
        Scenario scenario = run.scenario("live clean-up", ScenarioSource.HAND_WRITTEN);
        DevinClient devin = scenario.devin();
        List<DynamicTest> deletions = new ArrayList<>();
        devin.paginate(devin.organizations().listOrganizations(null, null))
                .filter(organization -> suites(organization.getOrgName()))
                .map(OrganizationResponse::getOrgId)
                .forEach(org -> deletions.add(dynamicTest("delete organization " + org, () -> run.execute("clean-up " + org, () -> {
                    scenario.adopt(org);
                    devin.execute(devin.organizations().deleteOrganization(org));
                }))));
        devin.execute(devin.playbooks().listPlaybooks()).stream()
                .filter(playbook -> suites(playbook.getTitle()))
                .map(EnterprisePlaybookResponse::getPlaybookId)
                .forEach(id -> deletions.add(dynamicTest("delete playbook " + id, () -> run.execute("clean-up " + id, () -> {
                    scenario.adopt(id);
                    devin.execute(devin.playbooks().deletePlaybook(id));
                }))));
        return deletions.stream();
    }

    private static boolean suites(String name) {
        return name != null && name.startsWith(TestIds.CREATED_PREFIX);
    }
}
