package io.github.devinapi.contract.recordings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.devinapi.contract.model.DisplayPath;
import io.github.devinapi.contract.validation.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded scenarios: every folder under a directory (by default
 * {@code contract-tests/src/test/resources/scenarios/}), each with {@code mappings/*.json}, optional
 * {@code __files/} and optional {@code scenario.json}, every recording checked against the contract
 * as it is loaded. A new folder is picked up with no Java edit. Loaded once per run: the replay runner
 * replays them and the embedded tenant serves them.
 */
public record RecordingLibrary(Path directory, List<RecordedScenario> scenarios) {

    private static final ObjectReader SCENARIO_INFO = RecordingLoader.JSON
            .readerFor(RecordedScenarioInfo.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RecordingLibrary {
        scenarios = List.copyOf(scenarios);
    }

    public static RecordingLibrary load(Path directory, ContractValidator validator) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("No recorded scenarios at " + directory.toAbsolutePath()
                    + ": set -Dcontract.scenarios.dir, or run through Maven");
        }
        RecordingLoader loader = new RecordingLoader(validator);
        List<RecordedScenario> scenarios = new ArrayList<>();
        for (Path folder : sorted(directory, Files::isDirectory)) {
            scenarios.add(scenario(folder, loader));
        }
        return new RecordingLibrary(directory, scenarios);
    }

    /** Every usable recording of every scenario: what the embedded tenant serves. */
    public List<Recording> recordings() {
        return scenarios.stream()
                .flatMap(scenario -> scenario.recordings().stream())
                .filter(Recording::usable)
                .toList();
    }

    private static RecordedScenario scenario(Path folder, RecordingLoader loader) {
        String name = folder.getFileName().toString();
        List<String> problems = new ArrayList<>();
        RecordedScenarioInfo info = RecordedScenarioInfo.defaults();
        Path infoFile = folder.resolve("scenario.json");
        if (Files.exists(infoFile)) {
            try {
                info = SCENARIO_INFO.readValue(infoFile.toFile());
            } catch (IOException e) {
                problems.add(DisplayPath.of(infoFile) + ": "
                        + e.getMessage().lines().findFirst().orElse("unreadable")
                        + " (keys: description, mutates, sendsInvalidRequest, undocumentedStatuses, stepsOf)");
            }
        }
        Path mappings = folder.resolve("mappings");
        List<Path> files = Files.isDirectory(mappings)
                ? sorted(mappings, file -> file.toString().endsWith(".json"))
                : List.of();
        if (files.isEmpty()) {
            problems.add(DisplayPath.of(folder)
                    + " has no mappings/*.json: a recorded scenario is WireMock stub JSON in mappings/");
        }
        List<Recording> recordings = new ArrayList<>();
        for (Path file : files) {
            recordings.addAll(loader.load(name, file, folder.resolve("__files"), info.expectation()));
        }
        recordings.sort((a, b) -> Integer.compare(insertionIndex(a), insertionIndex(b)));
        return new RecordedScenario(name, folder, info, recordings, problems);
    }

    /** The recorder numbers mappings in the order the requests were made. */
    private static int insertionIndex(Recording recording) {
        return recording.stub() == null
                ? Integer.MAX_VALUE
                : recording.stub().path("insertionIndex").asInt(Integer.MAX_VALUE);
    }

    private static List<Path> sorted(Path directory, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
