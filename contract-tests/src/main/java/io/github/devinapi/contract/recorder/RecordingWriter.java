package io.github.devinapi.contract.recorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.model.DisplayPath;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.RecordedScenarioInfo;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes what a scenario recorded as a scenario folder in the recorded format, under the recordings
 * directory: {@code <scenario>/mappings/*.json} and {@code scenario.json}. Every mapping is scrubbed
 * first; a file that would still hold the key or a real test id is refused. Each request is recorded
 * once per run (a second recording of it would answer in the first one's place). A folder is written
 * only if it then loads as a recorded scenario: no credential, every exchange conforming to the spec.
 */
final class RecordingWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Path directory;
    private final RecordingScrubber scrubber;
    private final ContractValidator validator;
    /** Each request recorded so far, and the folder it went to. */
    private final Map<String, String> recorded = new HashMap<>();
    /** Each folder written so far, with the exchanges in it. */
    private final Map<String, List<Exchange>> folders = new LinkedHashMap<>();

    private int duplicates;
    /** The order of the requests in the run, which a replay keeps. */
    private int insertionIndex;

    RecordingWriter(Path directory, RecordingScrubber scrubber, ContractValidator validator) {
        this.directory = directory;
        this.scrubber = scrubber;
        this.validator = validator;
    }

    /** Writes the exchanges one scenario recorded; returns the folders written to. */
    synchronized List<Path> write(String scenario, List<Captured> captured) {
        String slug = slug(scenario);
        boolean bothKinds = captured.stream().map(this::invalid).distinct().count() > 1;
        List<Path> written = new ArrayList<>();
        for (Captured exchange : captured) {
            boolean invalid = invalid(exchange);
            String folder = folderFor(slug, invalid, bothKinds);
            ObjectNode stub = scrubber.scrub(exchange.stub());
            String signature = signature(stub);
            if (recorded.containsKey(signature)) {
                duplicates++;
                continue;
            }
            stub.put("insertionIndex", ++insertionIndex);
            Path file = directory
                    .resolve(folder)
                    .resolve("mappings")
                    .resolve(stub.path("name").asText("mapping") + "-"
                            + stub.path("id").asText("").replaceAll("-.*", "") + ".json");
            writeFile(file, stub);
            recorded.put(signature, folder);
            folders.computeIfAbsent(folder, name -> new ArrayList<>()).add(exchange.exchange());
            writeFile(
                    directory.resolve(folder).resolve("scenario.json"),
                    JSON.valueToTree(info(scenario, folders.get(folder))));
            if (!written.contains(directory.resolve(folder))) {
                written.add(directory.resolve(folder));
            }
        }
        written.forEach(this::checkLoads);
        return written;
    }

    synchronized int folders() {
        return folders.size();
    }

    synchronized int duplicates() {
        return duplicates;
    }

    /** "AddOrganizationMembersTypedTest: adds one user" -> "add-organization-members-typed-test-adds-one-user". */
    static String slug(String scenario) {
        String slug = scenario.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 71) + "-" + Integer.toHexString(scenario.hashCode());
        }
        return slug.isEmpty() ? "scenario" : slug;
    }

    private boolean invalid(Captured exchange) {
        return !validator.checkRequest(exchange.exchange().request()).isEmpty();
    }

    /** One folder per scenario; its valid and invalid requests apart, as scenario.json describes a folder as one or the other. */
    private String folderFor(String slug, boolean invalid, boolean bothKinds) {
        String folder = bothKinds && invalid ? slug + "-invalid" : slug;
        List<Exchange> existing = folders.get(folder);
        if (existing != null && !existing.isEmpty() && invalid(existing.get(0)) != invalid) {
            folder = slug + (invalid ? "-invalid" : "-valid");
        }
        return folder;
    }

    private boolean invalid(Exchange exchange) {
        return !validator.checkRequest(exchange.request()).isEmpty();
    }

    private RecordedScenarioInfo info(String scenario, List<Exchange> exchanges) {
        boolean invalid = invalid(exchanges.get(0));
        boolean mutates = !invalid
                && exchanges.stream()
                        .anyMatch(exchange ->
                                !SAFE_METHODS.contains(exchange.request().method()));
        Set<Integer> undocumented = new TreeSet<>();
        for (Exchange exchange : exchanges) {
            int status = exchange.response().status();
            validator
                    .operations()
                    .find(exchange.request().method(), exchange.request().rawPath())
                    .filter(operation -> !operation.declares(status))
                    .ifPresent(operation -> undocumented.add(status));
        }
        return new RecordedScenarioInfo(
                "Recorded from a live tenant (./mvnw verify -Precord) by the scenario '" + scenario + "'.",
                mutates,
                invalid,
                List.copyOf(undocumented),
                scenario);
    }

    private void writeFile(Path file, JsonNode json) {
        try {
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
            if (scrubber.holdsKey(text)) {
                throw new IllegalStateException(
                        "Refusing to write " + DisplayPath.of(file) + ": it still holds the API key");
            }
            if (scrubber.holdsTestId(text)) {
                throw new IllegalStateException("Refusing to write " + DisplayPath.of(file)
                        + ": it still holds a real test id where a placeholder belongs");
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The folder must load as the suite loads recorded scenarios: the same checks, the same refusal of credentials. */
    private void checkLoads(Path folder) {
        RecordingLibrary library = RecordingLibrary.load(directory, validator);
        Optional<RecordedScenario> scenario = library.scenarios().stream()
                .filter(candidate -> candidate.folder().getFileName().equals(folder.getFileName()))
                .findFirst();
        List<String> problems =
                new ArrayList<>(scenario.map(RecordedScenario::problems).orElse(List.of("not found")));
        scenario.ifPresent(loaded -> loaded.recordings().stream()
                .filter(recording -> !recording.conforms())
                .map(Recording::failure)
                .forEach(problems::add));
        if (!problems.isEmpty()) {
            throw new AssertionError("The recording written to " + DisplayPath.of(folder) + " would not replay:\n"
                    + String.join("\n", problems));
        }
    }

    /** The request a mapping answers, the same however its JSON body orders keys or array items. */
    private static String signature(ObjectNode stub) {
        JsonNode request = stub.path("request");
        StringBuilder signature = new StringBuilder(request.path("method").asText())
                .append(' ')
                .append(request.path("url").asText(request.path("urlPath").asText()));
        for (JsonNode pattern : request.path("bodyPatterns")) {
            if (pattern.has("equalToJson")) {
                try {
                    signature
                            .append(' ')
                            .append(canonical(
                                    JSON.readTree(pattern.get("equalToJson").asText())));
                } catch (IOException e) {
                    signature.append(' ').append(pattern.get("equalToJson").asText());
                }
            } else {
                signature.append(' ').append(pattern);
            }
        }
        return signature.toString();
    }

    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, String> fields = new TreeMap<>();
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), canonical(field.getValue())));
            return fields.toString();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            items.sort(null);
            return items.toString();
        }
        return node.toString();
    }
}
