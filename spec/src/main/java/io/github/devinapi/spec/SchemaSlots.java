package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Where a spec holds schemas, as slots that a rewrite can replace in place. */
final class SchemaSlots {

    private SchemaSlots() {}

    /** A place that holds a schema, so that the schema can be replaced. */
    interface Slot {
        JsonNode get();

        void set(JsonNode schema);
    }

    interface SlotVisitor {
        void visit(Slot slot);
    }

    /** Visits every top-level schema of components, parameters, bodies and responses. */
    static void everySchema(ObjectNode root, SlotVisitor visitor) {
        JsonNode schemas = root.path("components").path("schemas");
        if (schemas instanceof ObjectNode map) {
            forEachField(map, visitor);
        }
        visitSchemaHolders(root.path("components"), visitor);
        visitSchemaHolders(root.path("paths"), visitor);
    }

    /** Finds every "schema" member under parameters, media types and headers. */
    private static void visitSchemaHolders(JsonNode node, SlotVisitor visitor) {
        if (node instanceof ObjectNode object) {
            JsonNode schema = object.get("schema");
            if (schema != null && schema.isObject()) {
                visitor.visit(fieldSlot(object, "schema"));
            }
            object.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("schema") && !field.getKey().equals("schemas")) {
                    visitSchemaHolders(field.getValue(), visitor);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> visitSchemaHolders(element, visitor));
        }
    }

    static void forEachField(ObjectNode map, SlotVisitor visitor) {
        List<String> keys = new ArrayList<>();
        map.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            visitor.visit(fieldSlot(map, key));
        }
    }

    static Slot fieldSlot(ObjectNode parent, String key) {
        return new Slot() {
            public JsonNode get() {
                return parent.get(key);
            }

            public void set(JsonNode schema) {
                parent.set(key, schema);
            }
        };
    }

    /** Visits the "schema" of every parameter object under a node (path items, operations, components). */
    static void forEachParameterSchema(JsonNode node, SlotVisitor visitor) {
        if (node instanceof ObjectNode object) {
            if (object.has("in") && object.has("name") && object.get("schema") instanceof ObjectNode) {
                visitor.visit(fieldSlot(object, "schema"));
                return;
            }
            object.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("requestBody") && !field.getKey().equals("responses")) {
                    forEachParameterSchema(field.getValue(), visitor);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> forEachParameterSchema(element, visitor));
        }
    }
}
