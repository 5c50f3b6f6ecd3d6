package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One operation of the spec: an HTTP method on a path, with the operation object it declares. */
public record SpecOperation(String method, String path, ObjectNode node) {

    private static final List<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** Every operation of the document, in document order. */
    public static List<SpecOperation> all(JsonNode root) {
        List<SpecOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : HTTP_METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation instanceof ObjectNode node) {
                    operations.add(new SpecOperation(method.toUpperCase(Locale.ROOT), path.getKey(), node));
                }
            }
        }
        return operations;
    }

    /** The operationId as the spec writes it, or null. */
    public String operationId() {
        JsonNode id = node.get("operationId");
        return id == null || id.isNull() ? null : id.asText().trim();
    }

    /** The first tag, which decides the generated {@code <Tag>Api} interface; "default" without one. */
    public String tag() {
        JsonNode tags = node.path("tags");
        return tags.isArray() && !tags.isEmpty() ? tags.get(0).asText() : "default";
    }

    /** "POST /v2/enterprise/organizations/{org_id}/members". */
    public String key() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return key();
    }
}
