package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How an implementation's own description of itself (e.g. a FastAPI application's {@code /openapi.json})
 * differs from the spec, for the operations it serves: the spec is cut down to those operations, then
 * compared as a newer version would be ({@link SpecChanges}), so that a breaking change is one that would
 * break users of the generated client talking to that implementation.
 */
public final class ImplementationChanges {

    private ImplementationChanges() {}

    public static List<SpecChange> between(SpecDocument spec, SpecDocument implementation) {
        return SpecChanges.between(servedPart(spec, implementation), implementation);
    }

    /** The spec with only the operations (method and path) the implementation describes. */
    static SpecDocument servedPart(SpecDocument spec, SpecDocument implementation) {
        ObjectNode part = spec.root().deepCopy();
        ObjectNode paths = part.putObject("paths");
        JsonNode served = implementation.root().path("paths");
        Iterator<Map.Entry<String, JsonNode>> all = spec.root().path("paths").fields();
        while (all.hasNext()) {
            Map.Entry<String, JsonNode> path = all.next();
            ObjectNode kept = paths.objectNode();
            List<String> methods = new ArrayList<>();
            path.getValue().fieldNames().forEachRemaining(methods::add);
            for (String method : methods) {
                if (served.path(path.getKey()).has(method) || !isMethod(method)) {
                    kept.set(method, path.getValue().get(method));
                }
            }
            if (kept.fieldNames().hasNext()
                    && methods.stream().anyMatch(method -> isMethod(method) && kept.has(method))) {
                paths.set(path.getKey(), kept);
            }
        }
        return SpecDocument.of(spec.file(), part);
    }

    private static boolean isMethod(String name) {
        return List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")
                .contains(name);
    }
}
