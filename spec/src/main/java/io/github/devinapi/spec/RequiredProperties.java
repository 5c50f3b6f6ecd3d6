package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * For the generator's copy: a property an object schema requires but never declares (a spec gap,
 * e.g. {@code description} of the v2 {@code EnterpriseSnapshotResponse}) is declared with an empty
 * schema, so that the generated model keeps its value (as {@code Object}) instead of dropping it.
 */
final class RequiredProperties {

    private RequiredProperties() {}

    static void declareMissing(ObjectNode schema) {
        if (!(schema.get("properties") instanceof ObjectNode properties)) {
            return; // not an object schema with declared properties: nothing the generator would model
        }
        for (JsonNode name : schema.path("required")) {
            if (name.isTextual() && !properties.has(name.asText())) {
                properties.putObject(name.asText());
            }
        }
    }
}
