package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The copy of the spec that the client generator reads: the contract itself stays untouched, and
 * what OpenAPI Generator cannot map well for Java is rewritten here, the same way for every spec.
 *
 * <ul>
 *   <li>Operation ids become the readable names of {@link OperationNames}.</li>
 *   <li>{@code anyOf/oneOf [X, {type: 'null'}]} and {@code type: [X, 'null']} become plain X (every Java
 *       field is nullable already, and Gson omits nulls when writing).</li>
 *   <li>A union of scalar types ({@code anyOf [string, integer]}) becomes a reference to
 *       {@value #SCALAR_UNION}, which the build maps to the hand-written
 *       {@code io.github.devinapi.client.ScalarUnion}: without this the generator emits an empty class
 *       that cannot hold any value.</li>
 *   <li>A property an object requires but never declares gets an empty schema ({@link RequiredProperties}).</li>
 *   <li>The body schema of every paged operation ({@link PagingRule}) gets
 *       {@code x-implements: [io.github.devinapi.client.Page<Item>]}, so that the client can page through it.</li>
 *   <li>{@code info.x-generation-fingerprint} hashes the result together with the generator
 *       settings, so that skipping an unchanged spec never skips a settings change.</li>
 * </ul>
 */
public final class GenerationSpec {

    /** The component every scalar union points to; mapped to a hand-written class by the build. */
    public static final String SCALAR_UNION = "ScalarUnion";

    private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");
    private static final List<String> SUBSCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> SUBSCHEMAS = List.of(
            "items",
            "additionalProperties",
            "not",
            "contains",
            "propertyNames",
            "unevaluatedProperties",
            "unevaluatedItems");
    private static final List<String> SCHEMA_MAPS = List.of("properties", "patternProperties", "$defs");

    private GenerationSpec() {}

    /** Rewrites a copy of the document; {@code fingerprintInputs} are hashed in with it. */
    public static ObjectNode prepare(SpecDocument spec, OperationNames names, List<byte[]> fingerprintInputs) {
        ObjectNode root = normalisedCopy(spec);
        names.assign(SpecOperation.all(root)).forEach((operation, name) -> {
            if (operation.operationId() != null) {
                operation.node().put("x-spec-operation-id", operation.operationId());
            }
            operation.node().put("operationId", name);
        });
        PagingRule.markPageSchemas(root);
        ObjectNode info = root.with("info");
        info.remove("x-generation-fingerprint");
        info.put("x-generation-fingerprint", fingerprint(root, fingerprintInputs));
        return root;
    }

    /** A copy with nullability folded and scalar unions mapped, operation ids untouched. */
    static ObjectNode normalisedCopy(SpecDocument spec) {
        ObjectNode root = spec.copy();
        Rewrite rewrite = new Rewrite(true);
        SchemaSlots.everySchema(root, slot -> slot.set(normalise(slot.get(), rewrite)));
        if (rewrite.usedScalarUnion) {
            ObjectNode schemas = root.with("components").with("schemas");
            if (schemas.has(SCALAR_UNION)) {
                throw new SpecException(spec.file() + ": the spec declares a schema named '" + SCALAR_UNION
                        + "', which the build reserves for scalar unions; rename it in the generator input");
            }
            schemas.putObject(SCALAR_UNION)
                    .put("type", "object")
                    .put("description", "A value that is one of several scalar JSON types.");
        }
        return root;
    }

    /**
     * A copy whose parameter schemas have nullability folded ({@code anyOf [X, null]} becomes X), for
     * validators that read a composed parameter schema as JSON text: a query string cannot carry a
     * JSON null, so nothing is lost. Bodies and responses are left exactly as the spec has them.
     */
    public static ObjectNode withPlainParameterSchemas(SpecDocument spec) {
        ObjectNode root = spec.copy();
        Rewrite rewrite = new Rewrite(false);
        for (JsonNode holder :
                List.of(root.path("paths"), root.path("components").path("parameters"))) {
            SchemaSlots.forEachParameterSchema(holder, slot -> slot.set(normalise(slot.get(), rewrite)));
        }
        return root;
    }

    /**
     * How far a schema is rewritten: nullability is always folded; scalar unions are mapped and
     * undeclared required properties declared for generation only.
     */
    private static final class Rewrite {
        final boolean forGeneration;
        boolean usedScalarUnion;

        Rewrite(boolean forGeneration) {
            this.forGeneration = forGeneration;
        }
    }

    private static String fingerprint(ObjectNode root, List<byte[]> inputs) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(root.toString().getBytes(StandardCharsets.UTF_8));
        inputs.forEach(all::writeBytes);
        return AcceptedSpec.sha256(all.toByteArray());
    }

    /** Returns the generator-friendly form of a schema, rewriting its sub-schemas too. */
    static JsonNode normalise(JsonNode schema, Rewrite rewrite) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        if (rewrite.forGeneration) {
            RequiredProperties.declareMissing(object);
        }
        for (String key : SUBSCHEMAS) {
            if (object.get(key) instanceof ObjectNode) {
                object.set(key, normalise(object.get(key), rewrite));
            }
        }
        for (String key : SCHEMA_MAPS) {
            if (object.get(key) instanceof ObjectNode map) {
                SchemaSlots.forEachField(map, slot -> slot.set(normalise(slot.get(), rewrite)));
            }
        }
        for (String key : SUBSCHEMA_LISTS) {
            if (object.get(key) instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    list.set(i, normalise(list.get(i), rewrite));
                }
            }
        }
        JsonNode withoutNullType = dropNullFromTypeList(object, rewrite);
        if (withoutNullType != object) {
            return withoutNullType;
        }
        for (String key : List.of("anyOf", "oneOf")) {
            if (object.get(key) instanceof ArrayNode members) {
                return collapseUnion(object, key, members, rewrite);
            }
        }
        return object;
    }

    /** {@code type: [string, 'null']} -> {@code type: string}; several scalar types -> the union. */
    private static JsonNode dropNullFromTypeList(ObjectNode object, Rewrite rewrite) {
        if (!(object.get("type") instanceof ArrayNode types)) {
            return object;
        }
        Set<String> kept = new LinkedHashSet<>();
        types.forEach(type -> {
            if (!type.asText().equals("null")) {
                kept.add(type.asText());
            }
        });
        if (kept.size() == 1) {
            object.put("type", kept.iterator().next());
            return object;
        }
        if (!kept.isEmpty() && SCALAR_TYPES.containsAll(kept) && rewrite.forGeneration) {
            rewrite.usedScalarUnion = true;
            return scalarUnionRef(object);
        }
        return object;
    }

    private static JsonNode collapseUnion(ObjectNode object, String key, ArrayNode members, Rewrite rewrite) {
        List<JsonNode> nonNull = new ArrayList<>();
        members.forEach(member -> {
            if (!isNullSchema(member)) {
                nonNull.add(member);
            }
        });
        if (nonNull.size() == 1) {
            JsonNode only = nonNull.get(0);
            if (only.has("$ref")) {
                return only;
            }
            ObjectNode merged = object.deepCopy();
            merged.remove(key);
            ((ObjectNode) only).fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
            return merged;
        }
        Set<String> scalarTypes = new LinkedHashSet<>();
        for (JsonNode member : nonNull) {
            if (!isScalarSchema(member)) {
                if (nonNull.size() < members.size()) {
                    members.removeAll();
                    nonNull.forEach(members::add);
                }
                return object; // a union of objects: left to the generator
            }
            scalarTypes.add(member.get("type").asText());
        }
        if (scalarTypes.size() == 1) {
            ObjectNode merged = object.deepCopy();
            merged.remove(key);
            merged.put("type", scalarTypes.iterator().next());
            return merged;
        }
        if (!rewrite.forGeneration) {
            if (nonNull.size() < members.size()) {
                members.removeAll();
                nonNull.forEach(members::add);
            }
            return object;
        }
        rewrite.usedScalarUnion = true;
        return scalarUnionRef(object);
    }

    private static ObjectNode scalarUnionRef(ObjectNode original) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("$ref", "#/components/schemas/" + SCALAR_UNION);
        for (String kept : List.of("title", "description")) {
            if (original.has(kept)) {
                ref.set(kept, original.get(kept));
            }
        }
        return ref;
    }

    private static boolean isNullSchema(JsonNode member) {
        return "null".equals(member.path("type").asText(null));
    }

    private static boolean isScalarSchema(JsonNode member) {
        JsonNode type = member.get("type");
        return type != null && type.isTextual() && SCALAR_TYPES.contains(type.asText()) && !member.has("$ref");
    }
}
