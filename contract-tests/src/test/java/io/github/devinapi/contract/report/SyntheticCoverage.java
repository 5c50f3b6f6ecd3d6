package io.github.devinapi.contract.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.scenario.CheckedExchange;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A run over 47 operations in 8 tags, in every state the report knows: most covered by schema-driven
 * scenarios, one failed, one with a spec gap, some with recorded and hand-written scenarios, some
 * declaring a 422 nobody covered, and a few not covered at all.
 */
final class SyntheticCoverage {

    static final int OPERATIONS = 47;
    static final List<String> TAGS =
            List.of("api-keys", "audit-logs", "groups", "members", "metrics", "organizations", "playbooks", "sessions");
    static final String HOSTILE_SCENARIO = "raw: <script>alert('x')</script> & \"quoted\"";
    static final String VIOLATION = "[Path '/members/0/email'] Instance type (integer) does not match any allowed "
            + "primitive type (allowed: [\"string\"])\n  rule: validation.response.body.schema.type";

    final List<ContractOperation> operations = new ArrayList<>();
    final ContractReport report = new ContractReport();
    /** Sorted last in the spec's order, so that the test sees it move to the top. */
    final ContractOperation failed;

    final ContractOperation specGap;
    final ContractOperation recordedAndHandWritten;
    final ContractOperation onlyOk200;
    final List<ContractOperation> uncovered;

    SyntheticCoverage() {
        for (int i = 0; i < OPERATIONS; i++) {
            String tag = TAGS.get(i * TAGS.size() / OPERATIONS);
            String path = "/v2/enterprise/" + tag + (i % 2 == 0 ? "" : "/{id}") + "/op" + i;
            Set<String> declared = i % 5 == 4 ? Set.of("200") : Set.of("200", "422");
            operations.add(operation(i % 3 == 0 ? "GET" : "POST", path, "operation" + i, tag, declared));
        }
        failed = operations.get(45);
        specGap = operations.get(20);
        recordedAndHandWritten = operations.get(21);
        onlyOk200 = operations.get(2);
        uncovered = List.of(operations.get(10), operations.get(30), operations.get(40));

        for (ContractOperation operation : operations) {
            if (uncovered.contains(operation)) {
                continue;
            }
            record(
                    operation,
                    ScenarioSource.SCHEMA_DRIVEN,
                    operation.name() + ": every field -> 200",
                    200,
                    List.of(),
                    false);
            if (operation.declares(422) && operation != onlyOk200) {
                record(
                        operation,
                        ScenarioSource.SCHEMA_DRIVEN,
                        operation.name() + ": body not an object -> 422",
                        422,
                        List.of(),
                        false);
            }
        }
        record(failed, ScenarioSource.HAND_WRITTEN, HOSTILE_SCENARIO, 200, List.of(VIOLATION), false);
        record(specGap, ScenarioSource.HAND_WRITTEN, "raw: no bearer -> 401", 401, List.of(), true);
        record(recordedAndHandWritten, ScenarioSource.RECORDED, "recorded: adds one member", 200, List.of(), false);
        record(recordedAndHandWritten, ScenarioSource.HAND_WRITTEN, "typed: adds one member", 200, List.of(), false);
        report.record(new CheckedExchange(
                "raw: an unknown path", ScenarioSource.HAND_WRITTEN, null, null, 404, List.of(), false));
        report.skipped("typed: adds a member", "POST /v2/enterprise/members/op1 would change the tenant (live run)");
        report.skipped("raw: adds <two> members", "POST /v2/enterprise/members/op3 would change the tenant (live run)");
        report.skipped("typed: named groups", "uses group names, and a live run has no test groups");
        report.note("operation9", "the answer's \"next\" link <is> absolute");
        report.note("validator levels: every rule an error");
    }

    Coverage coverage() {
        return Coverage.of(report, operations);
    }

    ReportContext context() {
        return new ReportContext(
                "spec/v2-<openapi>.yaml",
                "mock & co",
                OPERATIONS,
                report.skipped(),
                report.observations(),
                report.notes());
    }

    static ContractOperation operation(String method, String path, String name, String tag, Set<String> declared) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putArray("tags").add(tag);
        return ContractOperation.of(new SpecOperation(method, path, node), name, declared, true);
    }

    private void record(
            ContractOperation operation,
            ScenarioSource source,
            String scenario,
            int status,
            List<String> failures,
            boolean gap) {
        report.record(new CheckedExchange(scenario, source, operation.key(), operation.name(), status, failures, gap));
    }
}
