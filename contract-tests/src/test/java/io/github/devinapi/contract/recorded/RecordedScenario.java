package io.github.devinapi.contract.recorded;

import java.nio.file.Path;
import java.util.List;

/** A folder under scenarios/: its mappings, in the order WireMock's recorder wrote them, and its scenario.json. */
public record RecordedScenario(String name, Path folder, ScenarioInfo info, List<Recording> recordings, List<String> problems) {

    public RecordedScenario {
        recordings = List.copyOf(recordings);
        problems = List.copyOf(problems);
    }
}
