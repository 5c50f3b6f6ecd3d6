package io.github.devinapi.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.contract.spec.Operation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrictCoverageTest {

    private static final Operation ADD = new Operation("POST", "/v2/orgs/{id}/members", "addOrgMembers", "add",
            Set.of("200", "422"), true);
    private static final Operation LIST = new Operation("GET", "/v2/orgs", "listOrgs", "list", Set.of("200"), true);
    private static final Operation GET = new Operation("GET", "/v2/orgs/{id}", "getOrg", "get", Set.of("200"), true);

    private static ExchangeRecord exchange(Operation operation, Source source) {
        return new ExchangeRecord("a scenario", source, operation.key(), operation.name(), 200, List.of(), false);
    }

    @Test
    void anOperationWithOnlySchemaDrivenScenariosOrNoneIsMissingARealScenario() {
        ContractReport report = new ContractReport();
        report.record(exchange(ADD, Source.RECORDED));
        report.record(exchange(ADD, Source.GENERATED));
        report.record(exchange(LIST, Source.GENERATED));

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
        report.record(exchange(ADD, Source.HAND_WRITTEN));

        Coverage coverage = Coverage.of(report, List.of(ADD));

        assertThat(StrictCoverage.missing(JsonReportWriter.toJson(coverage, new ReportContext("spec.yaml", "mock", 1))))
                .isEmpty();
    }
}
