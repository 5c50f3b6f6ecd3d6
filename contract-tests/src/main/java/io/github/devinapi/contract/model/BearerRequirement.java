package io.github.devinapi.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Whether an operation can only be called with {@code Authorization: Bearer <token>}.
 *
 * <p>The validator does not enforce the spec's {@code security}, so the suite reads it itself: the
 * operation's own {@code security}, else the document's; every alternative must name an HTTP bearer
 * scheme (an empty alternative {@code {}} makes authentication optional).
 */
final class BearerRequirement {

    private BearerRequirement() {}

    static boolean of(JsonNode root, JsonNode operation) {
        JsonNode security = operation.has("security") ? operation.get("security") : root.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode alternative : security) {
            if (!namesBearerScheme(root, alternative)) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesBearerScheme(JsonNode root, JsonNode alternative) {
        Iterator<String> schemes = alternative.fieldNames();
        while (schemes.hasNext()) {
            JsonNode scheme = root.path("components").path("securitySchemes").path(schemes.next());
            if ("http".equals(scheme.path("type").asText())
                    && "bearer".equalsIgnoreCase(scheme.path("scheme").asText())) {
                return true;
            }
        }
        return false;
    }
}
