package io.github.devinapi.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.devinapi.contract.report.StrictCoverage;
import io.github.devinapi.contract.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Run by the build after the suite, only when {@code -Dcontract.strictCoverage} is given (its own surefire
 * execution): reads the report the suite wrote and fails on the operations in scope ({@code true}: all; or
 * the tags and operation names listed) without a real scenario. {@code false} demands nothing.
 */
@DisplayName("Strict coverage")
class StrictCoverageGate {

    @Test
    void everyOperationInScopeHasARecordedOrHandWrittenScenario() throws IOException {
        StrictCoverage.Scope scope = StrictCoverage.Scope.parse(System.getProperty(StrictCoverage.PROPERTY));
        Path file = RunSettings.fromSystemProperties().reportDir().resolve("contract-report.json");
        if (!Files.isRegularFile(file)) {
            Assertions.fail(
                    "No contract report at " + file + ": the contract suite did not run before the coverage gate.");
        }
        JsonNode report = new ObjectMapper().readTree(file.toFile());
        List<String> unknown = StrictCoverage.unknownNames(report, scope);
        if (!unknown.isEmpty()) {
            Assertions.fail(StrictCoverage.unknownNamesMessage(unknown, report));
        }
        List<String> missing = StrictCoverage.missing(report, scope);
        if (!missing.isEmpty()) {
            Assertions.fail(StrictCoverage.failureMessage(missing, scope));
        }
    }
}
