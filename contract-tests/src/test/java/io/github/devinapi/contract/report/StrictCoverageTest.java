package io.github.devinapi.contract.report;

import io.github.devinapi.contract.scenario.CheckedExchange;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.scenario.ScenarioSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.devinapi.spec.SpecOperation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrictCoverageTest {

    private static final ContractOperation ADD = operation("POST", "/v2/orgs/{id}/members", "addOrgMembers");
    private static final ContractOperation LIST = operation("GET", "/v2/orgs", "listOrgs");
    private static final ContractOperation GET = operation("GET", "/v2/orgs/{id}", "getOrg");

    private static ContractOperation operation(String method, String path, String name) {
        return ContractOperation.of(new SpecOperation(method, path, JsonNodeFactory.instance.objectNode()), name,
                Set.of("200", "422"), true);
    }

    private static CheckedExchange exchange(ContractOperation operation, ScenarioSource source) {
        return new CheckedExchange("a scenario", source, operation.key(), operation.name(), 200, List.of(), false);
    }

    @Test
    void anOperationWithOnlySchemaDrivenScenariosOrNoneIsMissingARealScenario() {
        ContractReport report = new ContractReport();
        report.record(exchange(ADD, ScenarioSource.RECORDED));
        report.record(exchange(ADD, ScenarioSource.SCHEMA_DRIVEN));
        report.record(exchange(LIST, ScenarioSource.SCHEMA_DRIVEN));

        Coverage coverage = Coverage.of(report, List.of(ADD, LIST, GET));
        var json = JsonReportWriter.toJson(coverage, new ReportContext("spec.yaml", "mock", 3));

        assertThat(StrictCoverage.missing(json)).containsExactly("getOrg (GET /v2/orgs/{id})", "listOrgs (GET /v2/orgs)");
        assertThat(StrictCoverage.failureMessage(StrictCoverage.missing(json)))
                .startsWith("2 operation(s) of the spec have no recorded or hand-written scenario")
                .contains("contract.strictCoverage");
    }

    @Test
    void aHandWrittenScenarioIsEnough() {
        ContractReport report = new ContractReport();
        report.record(exchange(ADD, ScenarioSource.HAND_WRITTEN));

        Coverage coverage = Coverage.of(report, List.of(ADD));

        assertThat(StrictCoverage.missing(JsonReportWriter.toJson(coverage, new ReportContext("spec.yaml", "mock", 1))))
                .isEmpty();
    }
}
