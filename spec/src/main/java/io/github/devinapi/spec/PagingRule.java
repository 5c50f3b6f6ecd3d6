package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which operations return one page of a longer list, decided from the spec alone, so that a new list
 * operation is paged with no hand edit. An operation is paged when both hold:
 * <ol>
 *   <li>its success body (first 2xx, JSON) is an object with an array {@code items} and a boolean
 *       {@code has_more} (FastAPI's {@code PaginatedResponse_X_});</li>
 *   <li>it takes the query parameters {@code skip} and {@code limit} (an offset), or {@code page} and
 *       {@code per_page} (a page number).</li>
 * </ol>
 * Plain JSON arrays and lists paged any other way (audit logs' {@code before}/{@code after}) are not.
 *
 * <p>For the client, each such body schema is marked {@code x-implements: [io.github.devinapi.client.Page<Item>]}
 * in the generator's copy, and the operations are listed in {@link #properties(List)}.
 */
public final class PagingRule {

    /** The hand-written interface the generated page models implement. */
    public static final String PAGE_INTERFACE = "io.github.devinapi.client.Page";

    /** How the next page is asked for. */
    public enum Style {
        OFFSET("offset", "skip", "limit", 0),
        PAGE_NUMBER("page", "page", "per_page", 1);

        final String word;
        public final String startParameter;
        public final String sizeParameter;
        final int naturalStart;

        Style(String word, String startParameter, String sizeParameter, int naturalStart) {
            this.word = word;
            this.startParameter = startParameter;
            this.sizeParameter = sizeParameter;
            this.naturalStart = naturalStart;
        }
    }

    /**
     * A paged operation: its style, the first start (the start parameter's default), the page size when
     * the caller gives none (the size parameter's default, or null), and the Java type of its items.
     */
    public record PagedOperation(
            SpecOperation operation,
            Style style,
            int firstStart,
            Integer defaultSize,
            ObjectNode pageSchema,
            String itemType) {}

    private static final Map<String, String> SCALAR_ITEM_TYPES =
            Map.of("string", "String", "integer", "Integer", "number", "java.math.BigDecimal", "boolean", "Boolean");

    private PagingRule() {}

    /** The paged operations of a spec as written. */
    public static List<PagedOperation> find(SpecDocument spec) {
        return find(GenerationSpec.normalisedCopy(spec));
    }

    /** The paged operations of a document whose nullability is folded (see {@link GenerationSpec}). */
    public static List<PagedOperation> find(JsonNode root) {
        List<PagedOperation> paged = new ArrayList<>();
        for (SpecOperation operation : SpecOperation.all(root)) {
            ObjectNode page = pageSchema(root, operation);
            String itemType = page == null
                    ? null
                    : itemType(root, page.path("properties").path("items").path("items"));
            if (itemType == null) {
                continue;
            }
            Map<String, JsonNode> query = queryParameters(root, operation);
            for (Style style : Style.values()) {
                if (isInteger(query.get(style.startParameter)) && isInteger(query.get(style.sizeParameter))) {
                    JsonNode start =
                            query.get(style.startParameter).path("schema").path("default");
                    JsonNode size =
                            query.get(style.sizeParameter).path("schema").path("default");
                    paged.add(new PagedOperation(
                            operation,
                            style,
                            start.isInt() ? start.asInt() : style.naturalStart,
                            size.isInt() ? size.asInt() : null,
                            page,
                            itemType));
                    break;
                }
            }
        }
        return paged;
    }

    /** Marks the body schema of every paged operation as implementing {@value #PAGE_INTERFACE}. */
    static void markPageSchemas(ObjectNode root) {
        for (PagedOperation paged : find(root)) {
            String implemented = PAGE_INTERFACE + "<" + paged.itemType() + ">";
            JsonNode existing = paged.pageSchema().get("x-implements");
            ArrayNode list = existing instanceof ArrayNode array
                    ? array
                    : paged.pageSchema().putArray("x-implements");
            if (existing != null && !existing.isArray()) {
                list.add(existing.asText());
            }
            boolean present = false;
            for (JsonNode entry : list) {
                present |= entry.asText().equals(implemented);
            }
            if (!present) {
                list.add(implemented);
            }
        }
    }

    /**
     * What the client reads to page an operation, one line each:
     * {@code GET\ /v2/enterprise/members=offset skip=0 limit=100} (style, start parameter=first start,
     * size parameter[=default size]).
     */
    public static String properties(List<PagedOperation> paged) {
        StringBuilder text = new StringBuilder("# Generated from the spec at build time (PagingRule): the operations "
                + "DevinClient pages through.\n");
        for (PagedOperation operation : paged) {
            Style style = operation.style();
            text.append(escapeKey(operation.operation().key()))
                    .append('=')
                    .append(style.word)
                    .append(' ')
                    .append(style.startParameter)
                    .append('=')
                    .append(operation.firstStart())
                    .append(' ')
                    .append(style.sizeParameter)
                    .append(operation.defaultSize() == null ? "" : "=" + operation.defaultSize())
                    .append('\n');
        }
        return text.toString();
    }

    private static ObjectNode pageSchema(JsonNode root, SpecOperation operation) {
        JsonNode schema = resolve(root, successJsonSchema(operation.node()));
        if (!(schema instanceof ObjectNode object)) {
            return null;
        }
        JsonNode properties = object.path("properties");
        boolean items = "array".equals(properties.path("items").path("type").asText());
        boolean hasMore =
                "boolean".equals(properties.path("has_more").path("type").asText());
        return items && hasMore ? object : null;
    }

    private static JsonNode successJsonSchema(JsonNode operation) {
        Iterator<Map.Entry<String, JsonNode>> responses =
                operation.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> media =
                    response.getValue().path("content").fields();
            while (media.hasNext()) {
                Map.Entry<String, JsonNode> type = media.next();
                if (type.getKey().startsWith("application/json")
                        || type.getKey().contains("+json")) {
                    return type.getValue().path("schema");
                }
            }
            return null;
        }
        return null;
    }

    /** The Java type of the items, as the generator names it; null when it is not a plain ref or scalar. */
    private static String itemType(JsonNode root, JsonNode items) {
        String ref = items.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/") && !resolve(root, items).isMissingNode()) {
            String name = ref.substring("#/components/schemas/".length());
            return name.equals(GenerationSpec.SCALAR_UNION) ? "io.github.devinapi.client.ScalarUnion" : modelName(name);
        }
        return items.has("format")
                ? null
                : SCALAR_ITEM_TYPES.get(items.path("type").asText());
    }

    /** OpenAPI Generator's Java model name: the name's words camelized ({@code Paginated_X_} -> {@code PaginatedX}). */
    static String modelName(String schemaName) {
        StringBuilder name = new StringBuilder();
        for (String word : schemaName.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return name.length() > 0 && Character.isDigit(name.charAt(0)) ? "Model" + name : name.toString();
    }

    private static Map<String, JsonNode> queryParameters(JsonNode root, SpecOperation operation) {
        Map<String, JsonNode> query = new LinkedHashMap<>();
        JsonNode pathItem = root.path("paths").path(operation.path());
        for (JsonNode holder : List.of(pathItem, operation.node())) { // the operation's own win
            for (JsonNode parameter : holder.path("parameters")) {
                JsonNode resolved = resolve(root, parameter);
                if ("query".equals(resolved.path("in").asText())) {
                    query.put(resolved.path("name").asText(), resolved);
                }
            }
        }
        return query;
    }

    private static boolean isInteger(JsonNode parameter) {
        return parameter != null
                && "integer".equals(parameter.path("schema").path("type").asText());
    }

    /** Follows local {@code $ref}s (at most a few hops, so a cycle cannot hang the build). */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 8; hops++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#") ? root.at(ref.substring(1)) : null;
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    private static final Set<Character> KEY_SPECIALS = Set.of(' ', ':', '=', '#', '!', '\\');

    private static String escapeKey(String key) {
        StringBuilder escaped = new StringBuilder();
        for (char c : key.toCharArray()) {
            escaped.append(KEY_SPECIALS.contains(c) ? "\\" + c : String.valueOf(c));
        }
        return escaped.toString();
    }
}
