package io.github.devinapi.contract.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The strict-coverage rule ({@code -Dcontract.strictCoverage=true}, for teams who want every
 * operation to have a real scenario): every operation of the spec has a recorded or hand-written
 * scenario; schema-driven ones do not count. Judged from contract-report.json.
 */
public final class StrictCoverage {

    public static final String PROPERTY = "contract.strictCoverage";

    private StrictCoverage() {
    }

    /** "listApiKeys (GET /v2/enterprise/api-keys)" for each operation the rule finds wanting. */
    public static List<String> missing(JsonNode report) {
        List<String> missing = new ArrayList<>();
        for (JsonNode operation : report.path("withoutRecordedOrHandWrittenScenario")) {
            missing.add(operation.path("name").asText() + " (" + operation.path("operation").asText() + ")");
        }
        return missing;
    }

    public static String failureMessage(List<String> missing) {
        return missing.size() + " operation(s) of the spec have no recorded or hand-written scenario ("
                + PROPERTY + " is set):\n  " + String.join("\n  ", missing)
                + "\nAdd a recording under contract-tests/src/test/resources/scenarios/<name>/ or a @ContractScenarios "
                + "class (see CONTRIBUTING.md), or run without -D" + PROPERTY + "=true.";
    }
}
