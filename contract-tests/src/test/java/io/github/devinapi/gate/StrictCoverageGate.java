package io.github.devinapi.gate;

import io.github.devinapi.contract.run.RunSettings;
import io.github.devinapi.contract.report.StrictCoverage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Run by the build after the suite, only with {@code -Dcontract.strictCoverage=true} (its own
 * surefire execution): reads the report the suite wrote and fails on operations without a real scenario.
 */
@DisplayName("Strict coverage")
class StrictCoverageGate {

    @Test
    void everyOperationHasARecordedOrHandWrittenScenario() throws IOException {
        Path file = RunSettings.fromSystemProperties().reportDir().resolve("contract-report.json");
        if (!Files.isRegularFile(file)) {
            Assertions.fail("No contract report at " + file + ": the contract suite did not run before the coverage gate.");
        }
        JsonNode report = new ObjectMapper().readTree(file.toFile());
        List<String> missing = StrictCoverage.missing(report);
        if (!missing.isEmpty()) {
            Assertions.fail(StrictCoverage.failureMessage(missing));
        }
    }
}
