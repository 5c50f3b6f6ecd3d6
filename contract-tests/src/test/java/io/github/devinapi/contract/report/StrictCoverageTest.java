package io.github.devinapi.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.report.StrictCoverage.Scope;
import io.github.devinapi.contract.scenario.CheckedExchange;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.spec.SpecOperation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictCoverageTest {

    private static final ContractOperation ADD = operation("POST", "/v2/orgs/{id}/members", "addOrgMembers", "orgs");
    private static final ContractOperation LIST = operation("GET", "/v2/orgs", "listOrgs", "orgs");
    private static final ContractOperation GET = operation("GET", "/v2/orgs/{id}", "getOrg", "orgs");
    private static final ContractOperation ROLES = operation("GET", "/v2/roles", "listRoles", "roles");
    private static final ContractOperation KEYS = operation("GET", "/v2/keys", "listKeys", "keys", "admin");

    private static ContractOperation operation(String method, String path, String name, String... tags) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (String tag : tags) {
            node.withArray("tags").add(tag);
        }
        return ContractOperation.of(new SpecOperation(method, path, node), name, Set.of("200", "422"), true);
    }

    private static CheckedExchange exchange(ContractOperation operation, ScenarioSource source) {
        return exchange(operation, source, 200);
    }

    private static CheckedExchange exchange(ContractOperation operation, ScenarioSource source, int status) {
        return new CheckedExchange(
                "a scenario", source, operation.key(), operation.name(), status, List.of(), status == 401);
    }

    /** addOrgMembers has a recorded scenario; listOrgs and listKeys schema-driven ones only; getOrg and listRoles none. */
    private static JsonNode report() {
        ContractReport report = new ContractReport();
        report.record(exchange(ADD, ScenarioSource.RECORDED));
        report.record(exchange(ADD, ScenarioSource.SCHEMA_DRIVEN));
        report.record(exchange(LIST, ScenarioSource.SCHEMA_DRIVEN));
        report.record(exchange(KEYS, ScenarioSource.SCHEMA_DRIVEN));
        Coverage coverage = Coverage.of(report, List.of(ADD, LIST, GET, ROLES, KEYS));
        return JsonReportWriter.toJson(coverage, new ReportContext("spec.yaml", "mock", 5));
    }

    @Test
    void anOperationWithOnlySchemaDrivenScenariosOrNoneIsMissingARealScenario() {
        JsonNode json = report();

        assertThat(StrictCoverage.missing(json))
                .containsExactly(
                        "getOrg (GET /v2/orgs/{id})",
                        "listRoles (GET /v2/roles)",
                        "listOrgs (GET /v2/orgs)",
                        "listKeys (GET /v2/keys)");
        assertThat(StrictCoverage.failureMessage(StrictCoverage.missing(json)))
                .startsWith("4 operation(s) of the spec have no recorded or hand-written scenario answered 2xx")
                .contains("-Dcontract.strictCoverage=true");
    }

    @Test
    void aHandWrittenScenarioIsEnough() {
        ContractReport report = new ContractReport();
        report.record(exchange(ADD, ScenarioSource.HAND_WRITTEN));

        Coverage coverage = Coverage.of(report, List.of(ADD));

        assertThat(StrictCoverage.missing(JsonReportWriter.toJson(coverage, new ReportContext("spec.yaml", "mock", 1))))
                .isEmpty();
    }

    @Test
    @DisplayName("refusals are not enough: a 401 and a 422 of hand-written scenarios, a 200 of the sweep")
    void refusalsAndTheSweepAreNotEnough() {
        // given: addOrgMembers refused twice by hand-written scenarios, listOrgs answered 200 to the live sweep only
        ContractReport report = new ContractReport();
        report.record(exchange(ADD, ScenarioSource.HAND_WRITTEN, 401));
        report.record(exchange(ADD, ScenarioSource.HAND_WRITTEN, 422));
        report.record(exchange(LIST, ScenarioSource.LIVE_SWEEP, 200));

        // when
        Coverage coverage = Coverage.of(report, List.of(ADD, LIST));

        // then
        assertThat(StrictCoverage.missing(JsonReportWriter.toJson(coverage, new ReportContext("spec.yaml", "mock", 2))))
                .containsExactly("addOrgMembers (POST /v2/orgs/{id}/members)", "listOrgs (GET /v2/orgs)");
    }

    @Test
    @DisplayName("the report names every operation's tags, with exchanges or without")
    void theReportNamesTags() {
        JsonNode json = report();

        assertThat(json.at("/operations/0/tags").toString()).isEqualTo("[\"orgs\"]");
        assertThat(json.at("/uncovered/0/tags").toString()).isEqualTo("[\"orgs\"]");
        assertThat(json.at("/withoutRecordedOrHandWrittenScenario/3/tags").toString())
                .isEqualTo("[\"keys\",\"admin\"]");
    }

    @Test
    @DisplayName("scoped by tag: only the operations of those tags are demanded")
    void scopedByTag() {
        Scope scope = Scope.parse("orgs");

        List<String> missing = StrictCoverage.missing(report(), scope);

        assertThat(missing).containsExactly("getOrg (GET /v2/orgs/{id})", "listOrgs (GET /v2/orgs)");
        assertThat(StrictCoverage.failureMessage(missing, scope))
                .startsWith(
                        "2 operation(s) in scope (orgs) have no recorded or hand-written scenario answered 2xx (-Dcontract.strictCoverage=orgs):")
                .contains("\n  getOrg (GET /v2/orgs/{id})\n  listOrgs (GET /v2/orgs)\n")
                .doesNotContain("listRoles");
    }

    @Test
    @DisplayName("scoped by tags and operation names together, any tag of an operation, case ignored")
    void scopedByTagsAndNames() {
        assertThat(StrictCoverage.missing(report(), Scope.parse(" ADMIN , listroles ")))
                .containsExactly("listRoles (GET /v2/roles)", "listKeys (GET /v2/keys)");
        assertThat(StrictCoverage.missing(report(), Scope.parse("addOrgMembers")))
                .isEmpty();
    }

    @Test
    @DisplayName("true demands every operation; false, empty or unset nothing")
    void allOrNothing() {
        assertThat(Scope.parse("true")).isEqualTo(Scope.ALL);
        assertThat(StrictCoverage.missing(report(), Scope.parse("TRUE"))).hasSize(4);
        assertThat(StrictCoverage.missing(report(), Scope.parse("false"))).isEmpty();
        assertThat(Scope.parse(" , ").none()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"false", " False "})
    void demandsNothing(String value) {
        assertThat(Scope.parse(value).none()).isTrue();
    }

    @Test
    @DisplayName("a name that is neither a tag nor an operation is refused, naming it and the tags there are")
    void unknownNames() {
        JsonNode json = report();
        Scope scope = Scope.parse("orgs,organisations,listRole");

        List<String> unknown = StrictCoverage.unknownNames(json, scope);

        assertThat(unknown).containsExactly("organisations", "listRole");
        assertThat(StrictCoverage.unknownNamesMessage(unknown, json))
                .startsWith(
                        "'organisations', 'listRole' of -Dcontract.strictCoverage are neither a tag nor an operation of the spec.")
                .contains("Tags: admin, keys, orgs, roles");
        assertThat(StrictCoverage.unknownNames(json, Scope.ALL)).isEmpty();
    }
}
