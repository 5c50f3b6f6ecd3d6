package io.github.devinapi.contract.recordings;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.contract.validation.Exchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The concrete request a recorded request pattern stands for, as the recorder writes it: an exact
 * {@code url} (or {@code urlPath} with {@code equalTo} query parameters), {@code equalTo} headers, and
 * a body from the first {@code equalToJson} or {@code equalTo} body pattern. Patterns that match many
 * requests (regular expressions, ANY method) cannot be replayed and are reported.
 */
final class ReplayRequest {

    private ReplayRequest() {}

    static Exchange.Request from(JsonNode request, List<String> problems) {
        String method = request.path("method").asText("");
        if (method.isEmpty() || method.equals("ANY")) {
            problems.add("request.method must be a concrete HTTP method to be replayed, not \"" + method + "\"");
        }
        String url = null;
        if (request.hasNonNull("url")) {
            url = request.get("url").asText();
        } else if (request.hasNonNull("urlPath")) {
            url = request.get("urlPath").asText() + query(request.path("queryParameters"), problems);
        } else {
            problems.add(
                    "request has no exact \"url\" or \"urlPath\" (patterns such as urlPattern cannot be replayed)");
        }
        Map<String, List<String>> headers = headers(request.path("headers"), problems);
        String body = null;
        JsonNode patterns = request.path("bodyPatterns");
        if (patterns.isArray() && !patterns.isEmpty()) {
            JsonNode pattern = patterns.get(0);
            if (pattern.has("equalToJson")) {
                JsonNode json = pattern.get("equalToJson");
                body = json.isTextual() ? json.asText() : json.toString();
                headers.putIfAbsent("Content-Type", List.of("application/json"));
            } else if (pattern.has("equalTo")) {
                body = pattern.get("equalTo").asText();
            } else {
                problems.add("request.bodyPatterns[0] must be equalToJson or equalTo to be replayed");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        int question = url.indexOf('?');
        return new Exchange.Request(
                method,
                question < 0 ? url : url.substring(0, question),
                question < 0 ? null : url.substring(question + 1),
                headers,
                body);
    }

    private static Map<String, List<String>> headers(JsonNode headers, List<String> problems) {
        Map<String, List<String>> replayed = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = headers.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> header = fields.next();
            if (header.getKey().equalsIgnoreCase("Authorization")) {
                problems.add(
                        "request.headers.Authorization: recordings carry no credentials; the replay sends the target's");
            } else if (header.getValue().has("equalTo")) {
                replayed.put(
                        header.getKey(),
                        new ArrayList<>(List.of(header.getValue().get("equalTo").asText())));
            }
        }
        return replayed;
    }

    /** {"limit": {"equalTo": "2"}}, or {"limit": {"hasExactly": [{"equalTo": "2"}]}} as WireMock 3's recorder writes it. */
    private static String query(JsonNode parameters, List<String> problems) {
        StringBuilder query = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> parameter = fields.next();
            List<String> values = values(parameter.getValue());
            if (values.isEmpty()) {
                problems.add("request.queryParameters." + parameter.getKey()
                        + " must be equalTo (or hasExactly equalTo) to be replayed");
            }
            for (String value : values) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static List<String> values(JsonNode pattern) {
        if (pattern.has("equalTo")) {
            return List.of(pattern.get("equalTo").asText());
        }
        List<String> values = new ArrayList<>();
        JsonNode exactly = pattern.path("hasExactly");
        exactly.forEach(value -> {
            if (value.has("equalTo")) {
                values.add(value.get("equalTo").asText());
            }
        });
        return values.size() == exactly.size() ? values : List.of();
    }
}
