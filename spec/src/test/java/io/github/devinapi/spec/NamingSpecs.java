package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes small FastAPI-style specs from a table of operations, as OpenAPI 3.0 or 3.1. */
final class NamingSpecs {

    /** One operation of a table, and the name the rule must give it. */
    record Row(String method, String path, String tag, String operationId, String expected) {}

    private NamingSpecs() {}

    /** Lines of "METHOD path tag operationId expected", "-" for no operationId. */
    static List<Row> rows(String table) {
        List<Row> rows = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length != 5) {
                throw new IllegalArgumentException("not 5 cells: " + line);
            }
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3].equals("-") ? null : cells[3], cells[4]));
        }
        return rows;
    }

    /** The spec FastAPI would write for the rows: nullable query parameters in the version's own style. */
    static SpecDocument write(Path dir, String version, List<Row> rows) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode().put("openapi", version);
        root.putObject("info").put("title", "Naming").put("version", "1.0.0");
        ObjectNode paths = root.putObject("paths");
        for (Row row : rows) {
            ObjectNode pathItem = paths.get(row.path()) instanceof ObjectNode item ? item : paths.putObject(row.path());
            ObjectNode operation = pathItem.putObject(row.method().toLowerCase(Locale.ROOT));
            operation.putArray("tags").add(row.tag());
            if (row.operationId() != null) {
                operation.put("operationId", row.operationId());
            }
            ObjectNode limit = operation
                    .putArray("parameters")
                    .addObject()
                    .put("in", "query")
                    .put("name", "limit")
                    .put("required", false);
            if (version.startsWith("3.0")) {
                limit.putObject("schema").put("type", "integer").put("nullable", true);
            } else {
                ObjectNode schema = limit.putObject("schema");
                schema.putArray("anyOf")
                        .add(json.objectNode().put("type", "integer"))
                        .add(json.objectNode().put("type", "null"));
            }
            operation.putObject("responses").putObject("200").put("description", "Successful Response");
        }
        Path file = dir.resolve("naming-" + version + ".yaml");
        try {
            SpecDocument.YAML.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SpecDocument.load(file);
    }
}
