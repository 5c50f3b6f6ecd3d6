package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid and invalid requests for any operation, built from its parameters and request schema.
 *
 * <p>Invalid variants are the ones FastAPI refuses with 422 before the endpoint runs, so they are
 * safe to send to a real tenant: each required body field missing, each body field of the wrong
 * JSON type, {@code null} for each required non-nullable field, a body that is not an object,
 * each required query parameter missing, each typed query parameter that is not of its type.
 */
public final class RequestSamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode root;
    private final long seed;

    public RequestSamples(JsonNode root, long seed) {
        this.root = root;
        this.seed = seed;
    }

    /** A conforming request; FULL fills every optional property and parameter, MINIMAL only required ones. */
    public SampleRequest valid(SpecOperation operation, SchemaSampler.Mode mode) {
        SchemaSampler sampler = new SchemaSampler(root, seed ^ operation.key().hashCode(), mode);
        Map<String, JsonNode> path = new LinkedHashMap<>();
        Map<String, JsonNode> query = new LinkedHashMap<>();
        for (JsonNode parameter : parameters(operation, sampler)) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            boolean required = parameter.path("required").asBoolean(false);
            if (in.equals("path")) {
                path.put(name, sampler.sample(parameter.path("schema")));
            } else if (in.equals("query") && (required || mode == SchemaSampler.Mode.FULL)) {
                query.put(name, sampler.sample(parameter.path("schema")));
            }
        }
        JsonNode bodySchema = bodySchema(operation);
        return new SampleRequest(operation, path, query, bodySchema == null ? null : sampler.sample(bodySchema));
    }

    public List<SampleRequest.Invalid> invalid(SpecOperation operation) {
        SampleRequest base = valid(operation, SchemaSampler.Mode.FULL);
        SchemaSampler sampler = new SchemaSampler(root, seed, SchemaSampler.Mode.FULL);
        List<SampleRequest.Invalid> variants = new ArrayList<>();
        for (JsonNode parameter : parameters(operation, sampler)) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            List<Object> loc = List.of("query", name);
            if (parameter.path("required").asBoolean(false)) {
                Map<String, JsonNode> query = new LinkedHashMap<>(base.queryParameters());
                query.remove(name);
                variants.add(new SampleRequest.Invalid("query " + name + " missing", base.withQuery(query), loc));
            }
            JsonNode schema = sampler.resolve(parameter.path("schema"));
            String type = scalarTypeOf(schema, sampler);
            if (type.equals("integer") || type.equals("number") || type.equals("boolean")) {
                Map<String, JsonNode> query = new LinkedHashMap<>(base.queryParameters());
                query.put(name, JSON.textNode("not-a-" + type));
                variants.add(new SampleRequest.Invalid(
                        "query " + name + " not " + article(type), base.withQuery(query), loc));
            }
        }
        JsonNode bodySchema = bodySchema(operation);
        if (bodySchema == null || !(base.body() instanceof ObjectNode body)) {
            return variants;
        }
        JsonNode schema = sampler.resolve(bodySchema);
        variants.add(
                new SampleRequest.Invalid("body is a JSON array", base.withBody(JSON.arrayNode()), List.of("body")));
        for (String required : SchemaSampler.requiredOf(schema)) {
            ObjectNode missing = body.deepCopy();
            missing.remove(required);
            variants.add(new SampleRequest.Invalid(
                    required + " missing", base.withBody(missing), List.of("body", required)));
            JsonNode propertySchema = schema.path("properties").path(required);
            if (!allowsNull(propertySchema, sampler)) {
                ObjectNode nulled = body.deepCopy();
                nulled.putNull(required);
                variants.add(new SampleRequest.Invalid(
                        required + " null", base.withBody(nulled), List.of("body", required)));
            }
        }
        schema.path("properties").fieldNames().forEachRemaining(property -> {
            JsonNode wrong = wrongValueFor(schema.path("properties").path(property), sampler);
            if (wrong != null) {
                ObjectNode mistyped = body.deepCopy();
                mistyped.set(property, wrong);
                variants.add(new SampleRequest.Invalid(
                        property + " of the wrong type", base.withBody(mistyped), List.of("body", property)));
            }
        });
        return variants;
    }

    /** The operation's parameters, including those declared on its path item. */
    private List<JsonNode> parameters(SpecOperation operation, SchemaSampler sampler) {
        List<JsonNode> parameters = new ArrayList<>();
        root.path("paths").path(operation.path()).path("parameters").forEach(p -> parameters.add(sampler.resolve(p)));
        operation.node().path("parameters").forEach(p -> parameters.add(sampler.resolve(p)));
        return parameters;
    }

    /** The application/json request schema, or null for an operation without a JSON body. */
    public JsonNode bodySchema(SpecOperation operation) {
        JsonNode body = new SchemaSampler(root, 0, SchemaSampler.Mode.MINIMAL)
                .resolve(operation.node().path("requestBody"));
        JsonNode schema = body.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : schema;
    }

    /** A JSON value that no schema of this property's type accepts, or null when any value would do. */
    private static JsonNode wrongValueFor(JsonNode propertySchema, SchemaSampler sampler) {
        String type = scalarTypeOf(sampler.resolve(propertySchema), sampler);
        switch (type) {
            case "string":
                return JSON.numberNode(12345);
            case "integer":
            case "number":
            case "boolean":
                return JSON.textNode("not-a-" + type);
            case "array":
                return JSON.textNode("not-an-array");
            case "object":
                return JSON.textNode("not-an-object");
            case "union":
                return JSON.objectNode().put("not", "a scalar");
            default:
                return null;
        }
    }

    /** The JSON type a schema demands, looking through nullable unions; "union" for several scalars; "" for any. */
    private static String scalarTypeOf(JsonNode schema, SchemaSampler sampler) {
        for (String key : List.of("anyOf", "oneOf")) {
            if (schema.has(key)) {
                List<String> types = new ArrayList<>();
                schema.get(key).forEach(member -> {
                    String type = SchemaSampler.typeOf(sampler.resolve(member));
                    if (!type.equals("null") && !types.contains(type)) {
                        types.add(type);
                    }
                });
                if (types.size() == 1) {
                    return types.get(0);
                }
                return types.stream()
                                .allMatch(t -> List.of("string", "integer", "number", "boolean")
                                        .contains(t))
                        ? "union"
                        : "";
            }
        }
        if (schema.has("allOf") || (!schema.has("type") && !schema.has("properties"))) {
            return "";
        }
        return SchemaSampler.typeOf(schema);
    }

    private static boolean allowsNull(JsonNode propertySchema, SchemaSampler sampler) {
        JsonNode schema = sampler.resolve(propertySchema);
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (String key : List.of("anyOf", "oneOf")) {
            for (JsonNode member : schema.path(key)) {
                if (SchemaSampler.typeOf(sampler.resolve(member)).equals("null")) {
                    return true;
                }
            }
        }
        return schema.isEmpty();
    }

    private static String article(String type) {
        return type.equals("integer") ? "an integer" : "a " + type;
    }
}
