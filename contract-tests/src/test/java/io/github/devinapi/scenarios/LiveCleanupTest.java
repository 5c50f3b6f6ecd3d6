package io.github.devinapi.scenarios;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.NotFoundException;
import io.github.devinapi.client.PermissionDeniedException;
import io.github.devinapi.client.model.EnterprisePlaybookResponse;
import io.github.devinapi.client.model.OrganizationResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.Expectation;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code ./mvnw verify -Plive -Dcontract.live.cleanup=true} (with writes allowed): deletes what an interrupted
 * run created and named as the suite's ({@code contract-run-...}): organizations and playbooks. One test per
 * thing deleted; a kind the tenant does not serve (403, 404 on its list) is one skipped test saying so. Off
 * otherwise, and never on the embedded tenant.
 */
@ContractScenarios
@DisplayName("Live clean-up of what interrupted runs created")
class LiveCleanupTest {

    static final String PROPERTY = "contract.live.cleanup";

    /** An enterprise without playbooks answers their list 403 or 404: nothing of that kind to clean. */
    private static final Expectation FEATURE_GATES =
            Expectation.conforming().allowingUndocumentedStatus(403).allowingUndocumentedStatus(404);

    @TestFactory
    Stream<DynamicTest> leftovers(ContractRun run) {
        if (run.target().isEmbedded() || !Boolean.getBoolean(PROPERTY)) {
            return Stream.empty();
        }
        if (!run.target().allowsWrites()) {
            return Stream.of(dynamicTest(
                    "clean-up",
                    () -> abort(
                            "-D" + PROPERTY + "=true deletes, and runs only with " + "DEVIN_LIVE_ALLOW_WRITES=true")));
        }
        Scenario scenario = run.scenario("live clean-up", ScenarioSource.HAND_WRITTEN);
        DevinClient devin = scenario.devin(FEATURE_GATES);
        Stream<DynamicTest> organizations = deletions(
                run,
                scenario,
                "organizations",
                () -> devin.paginate(devin.organizations().listOrganizations(null, null))
                        .filter(organization -> suites(organization.getOrgName()))
                        .map(OrganizationResponse::getOrgId)
                        .toList(),
                org -> devin.execute(devin.organizations().deleteOrganization(org)));
        Stream<DynamicTest> playbooks = deletions(
                run,
                scenario,
                "playbooks",
                () -> devin.execute(devin.playbooks().listPlaybooks()).stream()
                        .filter(playbook -> suites(playbook.getTitle()))
                        .map(EnterprisePlaybookResponse::getPlaybookId)
                        .toList(),
                id -> devin.execute(devin.playbooks().deletePlaybook(id)));
        return Stream.concat(organizations, playbooks);
    }

    private static Stream<DynamicTest> deletions(
            ContractRun run,
            Scenario scenario,
            String kind,
            Supplier<List<String>> leftovers,
            Function<String, Object> delete) {
        List<String> ids;
        try {
            ids = leftovers.get();
        } catch (NotFoundException | PermissionDeniedException notServed) {
            return Stream.of(dynamicTest(
                    "clean up " + kind,
                    () -> abort("the tenant does not serve " + kind + ": " + notServed.getMessage())));
        }
        return ids.stream()
                .map(id -> dynamicTest(
                        "delete " + kind + " " + id,
                        () -> run.execute("clean-up " + id, () -> {
                            scenario.adopt(id);
                            delete.apply(id);
                        })));
    }

    private static boolean suites(String name) {
        return name != null && name.startsWith(TestIds.CREATED_PREFIX);
    }
}
