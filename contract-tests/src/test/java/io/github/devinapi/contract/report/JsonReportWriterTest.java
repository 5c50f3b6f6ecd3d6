package io.github.devinapi.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("contract-report.json")
class JsonReportWriterTest {

    private final SyntheticCoverage run = new SyntheticCoverage();

    @Test
    @DisplayName(
            "keeps the fields tools read: totals, operations with scenarios keyed by source, uncovered, without a real scenario")
    void backwardCompatible() {
        // when
        JsonNode json = JsonReportWriter.toJson(run.coverage(), run.context());

        // then
        assertThat(names(json.path("totals")))
                .contains("operationsInSpec", "operationsCovered", "exchangesValidated", "failures", "specGaps");
        assertThat(json.path("totals").path("exchangesValidated").asInt())
                .isEqualTo(run.report.exchanges().size());
        JsonNode recorded = operation(json, run.recordedAndHandWritten.key());
        assertThat(recorded.path("name").asText()).isEqualTo(run.recordedAndHandWritten.name());
        JsonNode ok = recorded.path("statuses").get(0);
        assertThat(names(ok))
                .contains("status", "declaredInSpec", "specGap", "exchangesValidated", "failures", "scenarios");
        assertThat(names(ok.path("scenarios")))
                .containsExactly("recorded", "hand-written", "schema-driven", "live sweep");
        assertThat(ok.path("scenarios").path("recorded").get(0).asText()).isEqualTo("recorded: adds one member");
        assertThat(json.path("uncovered")).hasSize(3);
        assertThat(json.path("uncovered").get(0).path("operation").asText())
                .isEqualTo(run.uncovered.get(0).key());
        // the uncovered, the schema-driven only, and the spec gap's operation, which only a 401 answered
        assertThat(json.path("withoutRecordedOrHandWrittenScenario")).hasSize(3 + 42);
    }

    @Test
    @DisplayName("adds the state of each status and operation, and the declared statuses nobody covered")
    void states() {
        // when
        JsonNode json = JsonReportWriter.toJson(run.coverage(), run.context());

        // then
        assertThat(operation(json, run.failed.key()).path("state").asText()).isEqualTo("failed");
        assertThat(operation(json, run.failed.key())
                        .path("statuses")
                        .get(0)
                        .path("state")
                        .asText())
                .isEqualTo("failed");
        JsonNode gap = operation(json, run.specGap.key()).path("statuses");
        assertThat(gap.findValuesAsText("state")).containsExactly("covered", "specGap", "covered");
        assertThat(operation(json, run.onlyOk200.key())
                        .path("declaredStatusesUncovered")
                        .get(0)
                        .asText())
                .isEqualTo("422");
        assertThat(operation(json, run.onlyOk200.key()).path("tag").asText()).isEqualTo("api-keys");
    }

    private static JsonNode operation(JsonNode json, String key) {
        for (JsonNode operation : json.path("operations")) {
            if (operation.path("operation").asText().equals(key)) {
                return operation;
            }
        }
        throw new AssertionError("no operation " + key);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
