package io.github.devinapi.contract.recordings;

import java.nio.file.Path;
import java.util.List;

/** A folder under scenarios/: its mappings, in the order WireMock's recorder wrote them, and its scenario.json. */
public record RecordedScenario(
        String name, Path folder, RecordedScenarioInfo info, List<Recording> recordings, List<String> problems) {

    public RecordedScenario {
        recordings = List.copyOf(recordings);
        problems = List.copyOf(problems);
    }
}
