package io.github.devinapi.contract.recorded;

import io.github.devinapi.contract.report.Source;
import io.github.devinapi.contract.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Every folder under scenarios/, replayed against the run's target: one container per scenario, one test per recording. */
@Tag("contract")
@DisplayName("Recorded scenarios")
class RecordedScenariosTest {

    @TestFactory
    Stream<DynamicNode> recordedScenarios() {
        return ScenarioLibrary.configured().scenarios().stream()
                .map(scenario -> dynamicContainer(scenario.name(), scenario.folder().toUri(), tests(scenario)));
    }

    private static Stream<DynamicNode> tests(RecordedScenario scenario) {
        List<DynamicNode> tests = new ArrayList<>();
        if (!scenario.problems().isEmpty()) {
            tests.add(dynamicTest("scenario folder is usable", () -> fail(String.join("\n", scenario.problems()))));
        }
        for (Recording recording : scenario.recordings()) {
            tests.add(dynamicTest(scenario.name() + ": " + recording.title(), recording.file().toUri(),
                    () -> RecordedScenarioRunner.replay(scenario, recording, Scenario.of(scenario.name(), Source.RECORDED))));
        }
        return tests.stream();
    }
}
