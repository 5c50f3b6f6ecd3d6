package io.github.devinapi.contract.recordings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.model.DisplayPath;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads WireMock mapping files as the recorder writes them, inlines bodies kept in {@code __files/},
 * derives the request to replay, and checks the recorded exchange against the spec, so that a
 * recording that breaks the spec is named by its file before anything is replayed.
 */
final class RecordingLoader {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CREDENTIAL =
            Pattern.compile("apk_(user|org|service)_[A-Za-z0-9]{8,}|(?i)bearer\\s+[A-Za-z0-9._~+/-]{16,}");
    /** Stands in for the token the replay adds, so the recorded request is checked as it will be sent. */
    private static final String REPLAY_AUTHORIZATION = "Bearer replayed-with-the-target-token";

    private final ContractValidator validator;

    RecordingLoader(ContractValidator validator) {
        this.validator = validator;
    }

    /** Every mapping in one file: a single mapping, or {"mappings": [...]} as WireMock's export writes. */
    List<Recording> load(String scenario, Path file, Path filesDirectory, Expectation expectation) {
        String where = DisplayPath.of(file);
        JsonNode root;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (CREDENTIAL.matcher(text).find()) {
                return List.of(unusable(
                        scenario,
                        file,
                        where,
                        "holds what looks like a credential: recordings must not contain tokens"));
            }
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return List.of(unusable(
                    scenario,
                    file,
                    where,
                    "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            return List.of(unusable(scenario, file, where, "cannot be read: " + e.getMessage()));
        }
        List<Recording> recordings = new ArrayList<>();
        if (root.has("mappings")) {
            root.get("mappings")
                    .forEach(mapping ->
                            recordings.add(one(scenario, file, where, mapping, filesDirectory, expectation)));
        } else {
            recordings.add(one(scenario, file, where, root, filesDirectory, expectation));
        }
        return recordings;
    }

    private Recording one(
            String scenario, Path file, String where, JsonNode mapping, Path filesDirectory, Expectation expectation) {
        if (!(mapping instanceof ObjectNode stub) || !stub.path("request").isObject()) {
            return unusable(scenario, file, where, "not a WireMock stub mapping (no \"request\" object)");
        }
        stub = stub.deepCopy();
        List<String> problems = new ArrayList<>();
        if (stub.has("scenarioName")) {
            problems.add(
                    "stateful recordings (\"scenarioName\") are not replayed: record each request once, in its own scenario folder");
        }
        Exchange.Request request = ReplayRequest.from(stub.get("request"), problems);
        if (!(stub.get("response") instanceof ObjectNode response)) {
            problems.add("not a WireMock stub mapping (no \"response\" object)");
            return unusable(scenario, file, where, problems);
        }
        String body = responseBody(response, filesDirectory, problems);
        if (response.has("bodyFileName")) {
            where = where + " (body: "
                    + DisplayPath.of(
                            filesDirectory.resolve(response.get("bodyFileName").asText())) + ")";
        }
        if (!problems.isEmpty()) {
            return unusable(scenario, file, where, problems);
        }
        inline(response, body);
        matchExactly(stub);
        Exchange exchange = new Exchange(
                request, new Exchange.Response(response.path("status").asInt(200), headers(response), body));
        Verdict verdict = validator.check(withReplayAuthorization(exchange), expectation);
        return new Recording(scenario, file, where, stub, exchange, List.of(), verdict);
    }

    private static String responseBody(ObjectNode response, Path filesDirectory, List<String> problems) {
        if (response.hasNonNull("body")) {
            return response.get("body").asText();
        }
        if (response.hasNonNull("jsonBody")) {
            return response.get("jsonBody").toString();
        }
        if (response.hasNonNull("base64Body")) {
            return new String(
                    Base64.getDecoder().decode(response.get("base64Body").asText()), StandardCharsets.UTF_8);
        }
        if (response.hasNonNull("bodyFileName")) {
            Path bodyFile = filesDirectory
                    .resolve(response.get("bodyFileName").asText())
                    .normalize();
            if (!bodyFile.startsWith(filesDirectory.normalize()) || !Files.isRegularFile(bodyFile)) {
                problems.add("bodyFileName \"" + response.get("bodyFileName").asText() + "\": no such file "
                        + DisplayPath.of(bodyFile));
                return null;
            }
            try {
                return Files.readString(bodyFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add("cannot read " + DisplayPath.of(bodyFile) + ": " + e.getMessage());
                return null;
            }
        }
        return null;
    }

    /** Each scenario folder has its own __files/, so bodies are inlined rather than served from one root. */
    private static void inline(ObjectNode response, String body) {
        response.remove(List.of("bodyFileName", "jsonBody", "base64Body"));
        if (body != null) {
            response.put("body", body);
        }
    }

    /**
     * The recorder writes equalToJson with ignoreExtraElements, which also ignores extra array items:
     * a recording of {"user_ids": []} would then answer every request. The replay sends exactly the
     * recorded body, so recordings are matched exactly (array order still ignored).
     */
    private static void matchExactly(ObjectNode stub) {
        stub.path("request").path("bodyPatterns").forEach(pattern -> {
            if (pattern instanceof ObjectNode json && json.has("equalToJson")) {
                json.put("ignoreExtraElements", false);
            }
        });
    }

    private static Map<String, List<String>> headers(ObjectNode response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = response.path("headers").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> header = fields.next();
            List<String> values = new ArrayList<>();
            if (header.getValue().isArray()) {
                header.getValue().forEach(value -> values.add(value.asText()));
            } else {
                values.add(header.getValue().asText());
            }
            headers.put(header.getKey(), values);
        }
        return headers;
    }

    private static Exchange withReplayAuthorization(Exchange exchange) {
        Map<String, List<String>> headers =
                new LinkedHashMap<>(exchange.request().headers());
        headers.put("Authorization", List.of(REPLAY_AUTHORIZATION));
        Exchange.Request request = exchange.request();
        return new Exchange(
                new Exchange.Request(request.method(), request.rawPath(), request.rawQuery(), headers, request.body()),
                exchange.response());
    }

    private static Recording unusable(String scenario, Path file, String where, String problem) {
        return unusable(scenario, file, where, List.of(problem));
    }

    private static Recording unusable(String scenario, Path file, String where, List<String> problems) {
        return new Recording(scenario, file, where, null, null, problems, null);
    }
}
