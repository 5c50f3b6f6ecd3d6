package io.github.devinapi.spec;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Makes JSON values that conform to a schema of the spec (OpenAPI 3.0 or 3.1), deterministically
 * for a seed. Used to build valid requests and responses for every operation of any spec.
 *
 * <p>{@link Mode#MINIMAL} fills only required properties and the fewest array items allowed;
 * {@link Mode#FULL} fills every declared property. Patterns are not honoured: a schema with a
 * {@code pattern} and no enum or example gets its {@code example} if there is one.
 */
public final class SchemaSampler {

    public enum Mode {
        MINIMAL,
        FULL
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final JsonNode root;
    private final Random random;
    private final Mode mode;

    public SchemaSampler(JsonNode root, long seed, Mode mode) {
        this.root = root;
        this.random = new Random(seed);
        this.mode = mode;
    }

    public JsonNode sample(JsonNode schema) {
        return sample(schema, "", 0);
    }

    /** Follows a local {@code $ref} to the schema it names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 32; hops++) {
            current = root.at(JsonPointer.compile(current.get("$ref").asText().substring(1)));
        }
        return current == null ? JSON.objectNode() : current;
    }

    private JsonNode sample(JsonNode schemaOrRef, String name, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return pickNonNull(schema.get("enum"));
        }
        if (schema.has("example") && schema.has("pattern")) {
            return schema.get("example");
        }
        if (schema.has("allOf")) {
            return allOf(schema, name, depth);
        }
        for (String union : List.of("oneOf", "anyOf")) {
            if (schema.get(union) instanceof ArrayNode members) {
                List<JsonNode> choices = new ArrayList<>();
                members.forEach(member -> {
                    if (!isNullOnly(resolve(member))) {
                        choices.add(member);
                    }
                });
                return choices.isEmpty()
                        ? JSON.nullNode()
                        : sample(choices.get(random.nextInt(choices.size())), name, depth);
            }
        }
        switch (typeOf(schema)) {
            case "string":
                return JSON.textNode(string(schema, name));
            case "integer":
                return JSON.numberNode(integer(schema));
            case "number":
                return JSON.numberNode(number(schema));
            case "boolean":
                return JSON.booleanNode(random.nextBoolean());
            case "array":
                return array(schema, name, depth);
            case "null":
                return JSON.nullNode();
            default:
                return object(schema, depth);
        }
    }

    /** The schema's type; with a list of types, the first that is not null. */
    public static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") || schema.has("additionalProperties")
                    ? "object"
                    : schema.has("items") ? "array" : "object";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    private static boolean isNullOnly(JsonNode schema) {
        return "null".equals(typeOf(schema)) && !schema.has("anyOf") && !schema.has("oneOf");
    }

    private JsonNode pickNonNull(JsonNode values) {
        List<JsonNode> choices = new ArrayList<>();
        values.forEach(value -> {
            if (!value.isNull()) {
                choices.add(value);
            }
        });
        return choices.isEmpty() ? JSON.nullNode() : choices.get(random.nextInt(choices.size()));
    }

    private JsonNode allOf(JsonNode schema, String name, int depth) {
        ObjectNode merged = JSON.objectNode();
        for (JsonNode part : schema.get("allOf")) {
            JsonNode value = sample(part, name, depth);
            if (!value.isObject()) {
                return value;
            }
            merged.setAll((ObjectNode) value);
        }
        ObjectNode own = ((ObjectNode) schema).deepCopy();
        own.remove("allOf");
        if (own.has("properties")) {
            merged.setAll((ObjectNode) object(own, depth));
        }
        return merged;
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "date-time":
                // not toString(): it leaves out ":00" seconds, which RFC 3339 requires
                OffsetDateTime instant = EPOCH.plusSeconds(random.nextInt(365 * 24 * 3600));
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant);
            case "date":
                return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)).toString();
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "email":
                return "user-" + random.nextInt(10_000) + "@example.com";
            case "uri":
            case "url":
                return "https://example.com/" + random.nextInt(10_000);
            default:
                break;
        }
        int min = schema.path("minLength").asInt(1);
        int max = schema.path("maxLength").asInt(Math.max(min, 24));
        String base = (name.isEmpty() ? "value" : name.replaceAll("[^A-Za-z0-9]", "-")) + "-" + random.nextInt(100_000);
        StringBuilder text = new StringBuilder(base);
        while (text.length() < min) {
            text.append('x');
        }
        return text.length() > max ? text.substring(0, Math.max(min, max)) : text.toString();
    }

    private long integer(JsonNode schema) {
        long min = bound(schema, "minimum", "exclusiveMinimum", 0, 1);
        long max = bound(schema, "maximum", "exclusiveMaximum", Math.max(min, 100), -1);
        return max <= min ? min : min + (long) (random.nextDouble() * (max - min + 1));
    }

    private BigDecimal number(JsonNode schema) {
        long whole = integer(schema);
        BigDecimal value = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(random.nextInt(4), 2));
        double max = schema.has("maximum") ? schema.get("maximum").asDouble() : Double.MAX_VALUE;
        return value.doubleValue() > max ? BigDecimal.valueOf(whole) : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A numeric bound, honouring 3.0 boolean and 3.1 numeric exclusive bounds. */
    private static long bound(JsonNode schema, String inclusive, String exclusive, long fallback, int step) {
        JsonNode exclusiveValue = schema.get(exclusive);
        if (exclusiveValue != null && exclusiveValue.isNumber()) {
            return (long) Math.ceil(exclusiveValue.asDouble()) + step;
        }
        if (schema.has(inclusive)) {
            double value = schema.get(inclusive).asDouble();
            boolean excluded = exclusiveValue != null && exclusiveValue.asBoolean();
            return (step > 0 ? (long) Math.ceil(value) : (long) Math.floor(value)) + (excluded ? step : 0);
        }
        return fallback;
    }

    private JsonNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = JSON.arrayNode();
        int min = schema.path("minItems").asInt(mode == Mode.FULL ? 1 : 0);
        int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        int count = depth >= MAX_DEPTH ? min : Math.min(max, Math.max(min, mode == Mode.FULL ? 2 : 1));
        JsonNode items = schema.path("items");
        for (int i = 0; i < count; i++) {
            JsonNode item = sample(items, singular(name), depth + 1);
            if (schema.path("uniqueItems").asBoolean() && contains(array, item)) {
                continue;
            }
            array.add(item);
        }
        return array;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode existing : array) {
            if (existing.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        Set<String> required = requiredOf(schema);
        JsonNode properties = schema.path("properties");
        properties.fieldNames().forEachRemaining(property -> {
            boolean wanted = required.contains(property) || (mode == Mode.FULL && depth < MAX_DEPTH);
            if (wanted) {
                object.set(property, sample(properties.get(property), property, depth + 1));
            }
        });
        for (String property : required) {
            if (!properties.has(property)) {
                // required but never declared (a spec gap): any value conforms
                object.put(property, string(JSON.objectNode(), property));
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && mode == Mode.FULL && depth < MAX_DEPTH && !properties.isObject()) {
            if (additional.isObject()) {
                object.set("key-" + random.nextInt(1000), sample(additional, "value", depth + 1));
            } else if (additional.asBoolean(false)) {
                object.put("key-" + random.nextInt(1000), "value-" + random.nextInt(1000));
            }
        }
        return object;
    }

    public static Set<String> requiredOf(JsonNode schema) {
        Set<String> required = new java.util.LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    private static String singular(String name) {
        return PathName.singular(name);
    }
}
