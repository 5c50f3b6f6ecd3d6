package io.github.devinapi.scenarios;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.replay.RecordingReplay;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.ScenarioSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every folder under scenarios/, replayed against the run's target: one container per scenario, one test per recording. */
@ContractScenarios
@DisplayName("Recorded scenarios")
class RecordedScenariosTest {

    @TestFactory
    Stream<DynamicNode> recordedScenarios(ContractRun run) {
        RecordingReplay replay = run.replay();
        return run.recordings().scenarios().stream()
                .map(scenario ->
                        dynamicContainer(scenario.name(), scenario.folder().toUri(), tests(run, replay, scenario)));
    }

    private static Stream<DynamicNode> tests(ContractRun run, RecordingReplay replay, RecordedScenario scenario) {
        List<DynamicNode> tests = new ArrayList<>();
        if (!scenario.problems().isEmpty()) {
            tests.add(dynamicTest("scenario folder is usable", () -> fail(String.join("\n", scenario.problems()))));
        }
        for (Recording recording : scenario.recordings()) {
            String name = scenario.name() + ": " + recording.title();
            tests.add(dynamicTest(
                    name,
                    recording.file().toUri(),
                    () -> run.execute(
                            name,
                            () -> replay.replay(
                                    scenario, recording, run.scenario(scenario.name(), ScenarioSource.RECORDED)))));
        }
        return tests.stream();
    }
}
