package io.github.devinapi.contract.recorded;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.devinapi.contract.DisplayPath;
import io.github.devinapi.contract.Once;
import io.github.devinapi.contract.validation.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded scenarios: every folder under the scenarios directory
 * ({@code contract-tests/src/test/resources/scenarios/}, or {@code -Dcontract.scenarios.dir}), each
 * with {@code mappings/*.json}, optional {@code __files/} and optional {@code scenario.json}.
 * A new folder is picked up with no Java edit.
 */
public record ScenarioLibrary(Path directory, List<RecordedScenario> scenarios) {

    public static final String DIRECTORY_PROPERTY = "contract.scenarios.dir";

    private static final Once<ScenarioLibrary> CONFIGURED = new Once<>(() -> load(
            Path.of(System.getProperty(DIRECTORY_PROPERTY, "src/test/resources/scenarios")), ContractValidator.shared()));
    private static final ObjectReader SCENARIO_INFO = RecordingLoader.JSON.readerFor(ScenarioInfo.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ScenarioLibrary {
        scenarios = List.copyOf(scenarios);
    }

    /** The run's scenarios, loaded once per JVM: the runner replays them and the embedded tenant serves them. */
    public static ScenarioLibrary configured() {
        return CONFIGURED.get();
    }

    public static ScenarioLibrary load(Path directory, ContractValidator validator) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("No scenarios directory at " + directory.toAbsolutePath()
                    + ": set -D" + DIRECTORY_PROPERTY + " or run through Maven");
        }
        RecordingLoader loader = new RecordingLoader(validator);
        List<RecordedScenario> scenarios = new ArrayList<>();
        for (Path folder : sorted(directory, Files::isDirectory)) {
            scenarios.add(scenario(folder, loader));
        }
        return new ScenarioLibrary(directory, scenarios);
    }

    /** Every usable recording of every scenario: what the embedded tenant serves. */
    public List<Recording> recordings() {
        return scenarios.stream().flatMap(scenario -> scenario.recordings().stream()).filter(Recording::usable).toList();
    }

    private static RecordedScenario scenario(Path folder, RecordingLoader loader) {
        String name = folder.getFileName().toString();
        List<String> problems = new ArrayList<>();
        ScenarioInfo info = ScenarioInfo.defaults();
        Path infoFile = folder.resolve("scenario.json");
        if (Files.exists(infoFile)) {
            try {
                info = SCENARIO_INFO.readValue(infoFile.toFile());
            } catch (IOException e) {
                problems.add(DisplayPath.of(infoFile) + ": " + e.getMessage().lines().findFirst().orElse("unreadable")
                        + " (keys: description, mutates, sendsInvalidRequest, undocumentedStatuses)");
            }
        }
        Path mappings = folder.resolve("mappings");
        List<Path> files = Files.isDirectory(mappings) ? sorted(mappings, file -> file.toString().endsWith(".json")) : List.of();
        if (files.isEmpty()) {
            problems.add(DisplayPath.of(folder) + " has no mappings/*.json: a recorded scenario is WireMock stub JSON in mappings/");
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
        return recording.stub() == null ? Integer.MAX_VALUE : recording.stub().path("insertionIndex").asInt(Integer.MAX_VALUE);
    }

    private static List<Path> sorted(Path directory, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
