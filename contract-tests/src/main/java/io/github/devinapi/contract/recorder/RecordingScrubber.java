package io.github.devinapi.contract.recorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.devinapi.contract.live.AbsentIds;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a recorded stub mapping fit to keep: credentials out, real ids in. Drops {@code Authorization},
 * cookies and every header whose name looks secret; replaces the value of every JSON field whose name
 * looks secret, and anything shaped like an API key or bearer token, with {@value #SCRUBBED}; drops
 * headers that described the transport rather than the answer; and replaces the configured test ids
 * by the placeholders recordings use ({@code org-test-0001}, {@code user-test-0001}, {@code group-test-0001}),
 * and this run's absent ids and created names by their spelling on the embedded tenant, in the URL, the
 * bodies and the headers.
 */
final class RecordingScrubber {

    static final String SCRUBBED = "<scrubbed>";
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(authorization|token|key|secret|password|passwd|credential|cookie|session).*");
    private static final Pattern CREDENTIAL = Pattern.compile("apk_[a-z]+_[A-Za-z0-9_-]{8,}|(?i)bearer\\s+\\S{8,}");
    /** They describe how this answer travelled, not the answer, and would be wrong for the replayed body. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of(
            "content-length",
            "transfer-encoding",
            "content-encoding",
            "connection",
            "keep-alive",
            "matched-stub-id",
            "matched-stub-name");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiKey;
    private final Map<String, String> placeholders;

    /** @param placeholders each real test id and the placeholder that stands for it in recordings */
    RecordingScrubber(String apiKey, Map<String, String> placeholders) {
        this.apiKey = apiKey;
        this.placeholders = new LinkedHashMap<>(placeholders);
    }

    /** The test ids of a live run, numbered as the replay numbers them ({@code ids().org(1)}, {@code ids().user(n)}). */
    static Map<String, String> placeholdersFor(String orgId, List<String> userIds) {
        return placeholdersFor(orgId, userIds, null);
    }

    /** As {@link #placeholdersFor(String, List)}, and the test group ({@code ids().group(1)}) when there is one. */
    static Map<String, String> placeholdersFor(String orgId, List<String> userIds, String groupName) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put(orgId, "org-test-0001");
        for (int i = 0; i < userIds.size(); i++) {
            placeholders.putIfAbsent(userIds.get(i), String.format("user-test-%04d", i + 1));
        }
        if (groupName != null) {
            placeholders.putIfAbsent(groupName, "group-test-0001");
        }
        return placeholders;
    }

    ObjectNode scrub(ObjectNode stub) {
        ObjectNode clean = stub.deepCopy();
        ObjectNode request = (ObjectNode) clean.path("request");
        for (String url : List.of("url", "urlPath")) {
            if (request.hasNonNull(url)) {
                request.put(url, url(request.get(url).asText()));
            }
        }
        headers(request.path("headers"));
        for (JsonNode pattern : request.path("bodyPatterns")) {
            if (pattern instanceof ObjectNode body) {
                JsonNode json = body.has("equalToJson") ? body.get("equalToJson") : null;
                JsonNode parsed = json == null ? null : json.isTextual() ? parse(json.asText()) : json;
                if (parsed != null) {
                    body.put("equalToJson", json(parsed).toString());
                } else if (json != null) {
                    body.put("equalToJson", text(json.asText()));
                } else if (body.hasNonNull("equalTo")) {
                    body.put("equalTo", text(body.get("equalTo").asText()));
                }
            }
        }
        if (clean.path("response") instanceof ObjectNode response) {
            headers(response.path("headers"));
            response(response);
        }
        if (clean.hasNonNull("name") && request.hasNonNull("url")) {
            clean.put("name", nameFor(request.get("url").asText()));
        }
        return clean;
    }

    /** Whether {@code text} still holds the key; a file that does is never written. */
    boolean holdsKey(String text) {
        return text.contains(apiKey);
    }

    /** Whether {@code text} still holds a real test id where a placeholder belongs. */
    boolean holdsTestId(String text) {
        return placeholders.keySet().stream()
                .anyMatch(id -> Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])")
                        .matcher(text)
                        .find());
    }

    /** The name WireMock's recorder gives a mapping for its URL: "v2_enterprise_organizations_org-test-0001_members". */
    static String nameFor(String url) {
        String path = url.split("\\?", 2)[0].replaceFirst("^/", "");
        return path.replace('/', '_').replace("%", "").replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private void response(ObjectNode response) {
        if (response.hasNonNull("body")) {
            String body = response.get("body").asText();
            JsonNode json = parse(body);
            response.put("body", json != null ? json(json).toString() : text(body));
        }
        if (response.has("jsonBody")) {
            response.set("jsonBody", json(response.get("jsonBody")));
        }
        if (response.hasNonNull("base64Body")) {
            String body = new String(
                    Base64.getDecoder().decode(response.get("base64Body").asText()), StandardCharsets.UTF_8);
            response.remove("base64Body");
            response.put("body", text(body));
        }
    }

    private void headers(JsonNode headers) {
        if (!(headers instanceof ObjectNode object)) {
            return;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (SECRET_NAME.matcher(name).matches()
                    || TRANSPORT_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                object.remove(name);
            } else {
                object.set(name, json(object.get(name)));
            }
        }
    }

    /** The URL with each path segment that is a test id replaced by its placeholder. */
    private String url(String url) {
        String[] parts = url.split("\\?", 2);
        String[] segments = parts[0].split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String decoded = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            if (placeholders.containsKey(decoded)) {
                segments[i] = URLEncoder.encode(placeholders.get(decoded), StandardCharsets.UTF_8);
            }
        }
        return text(String.join("/", segments)) + (parts.length > 1 ? "?" + text(parts[1]) : "");
    }

    private JsonNode json(JsonNode node) {
        return json(node, false);
    }

    private JsonNode json(JsonNode node, boolean secret) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(secret ? SCRUBBED : placeholders.getOrDefault(node.asText(), text(node.asText())));
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, json(array.get(i), secret));
            }
        } else if (node instanceof ObjectNode object) {
            // Keys too: maps keyed by id (role_by_org_id, invitee_user_id_to_email) hold test ids as field names.
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> field = entries.next();
                boolean secretField =
                        secret || SECRET_NAME.matcher(field.getKey()).matches();
                fields.put(
                        placeholders.getOrDefault(field.getKey(), text(field.getKey())),
                        json(field.getValue(), secretField));
            }
            object.removeAll();
            object.setAll(fields);
        }
        return node;
    }

    /** Free text: credentials scrubbed, whole test ids replaced, and a run's absent ids and created names. */
    private String text(String text) {
        String clean = AbsentIds.asPlaceholders(
                CREDENTIAL.matcher(text.replace(apiKey, SCRUBBED)).replaceAll(SCRUBBED));
        for (Map.Entry<String, String> id : placeholders.entrySet()) {
            clean = Pattern.compile("(?<![\\w-])" + Pattern.quote(id.getKey()) + "(?![\\w-])")
                    .matcher(clean)
                    .replaceAll(Matcher.quoteReplacement(id.getValue()));
        }
        return clean;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }
}
