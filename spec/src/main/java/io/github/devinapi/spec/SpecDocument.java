package io.github.devinapi.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An OpenAPI document read from YAML or JSON, with every problem reported as {@code file:line:column}.
 *
 * <p>Only what the build relies on is checked here (parseable, an {@code openapi} version, a
 * {@code paths} object, every local {@code $ref} resolvable); the full schema rules are the
 * contract validator's business.
 */
public final class SpecDocument {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path file;
    private final ObjectNode root;
    private final byte[] bytes;

    private SpecDocument(Path file, ObjectNode root, byte[] bytes) {
        this.file = file;
        this.root = root;
        this.bytes = bytes;
    }

    public static SpecDocument load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SpecException(file + ": no such file. Put the OpenAPI document there (see spec/README.md).");
        } catch (IOException e) {
            throw new SpecException(file + ": cannot be read: " + e.getMessage(), e);
        }
        JsonNode tree;
        List<RefAt> refs = new ArrayList<>();
        try (JsonParser tokens = YAML.getFactory().createParser(bytes)) {
            tree = YAML.readTree(bytes);
            collectRefs(tokens, refs); // a token pass: the tree keeps no line numbers
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            // The parser's own message repeats the document; its unindented lines say what is wrong.
            throw new SpecException(where + ": not valid YAML/JSON: " + essence(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SpecException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (!(tree instanceof ObjectNode)) {
            throw new SpecException(file + ":1:1: an OpenAPI document must be a mapping at the top level");
        }
        ObjectNode root = (ObjectNode) tree;
        requireField(file, root, "openapi", "the OpenAPI version, e.g. 'openapi: 3.1.0'");
        requireField(file, root, "paths", "the operations of the API");
        if (!root.get("openapi").asText().startsWith("3.")) {
            throw new SpecException(file + ": openapi: " + root.get("openapi").asText()
                    + " is not supported; an OpenAPI 3.0 or 3.1 document is expected");
        }
        for (RefAt ref : refs) {
            ref.checkResolvesIn(file, root);
        }
        return new SpecDocument(file, root, bytes);
    }

    /** A document made in memory (e.g. a part of another), named after {@code file} in messages. */
    static SpecDocument of(Path file, ObjectNode root) {
        try {
            return new SpecDocument(file, root, YAML.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new SpecException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    private static String essence(String parserMessage) {
        StringBuilder essence = new StringBuilder();
        for (String line : parserMessage.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                essence.append(essence.length() == 0 ? "" : "; ").append(line.trim());
            }
        }
        return essence.toString();
    }

    private static void collectRefs(JsonParser tokens, List<RefAt> refs) throws IOException {
        JsonToken token;
        while ((token = tokens.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME && "$ref".equals(tokens.currentName())) {
                JsonLocation at = tokens.currentTokenLocation();
                JsonPointer pointer = tokens.getParsingContext().pathAsPointer();
                if (tokens.nextToken() == JsonToken.VALUE_STRING) {
                    refs.add(new RefAt(tokens.getText(), pointer.toString(), at.getLineNr(), at.getColumnNr()));
                }
            }
        }
    }

    private static void requireField(Path file, ObjectNode root, String field, String what) {
        if (!root.hasNonNull(field)) {
            throw new SpecException(file + ":1:1: missing top-level '" + field + "' (" + what + ")");
        }
    }

    public Path file() {
        return file;
    }

    /** The parsed document; callers that change it must work on {@link #copy()}. */
    public ObjectNode root() {
        return root;
    }

    public ObjectNode copy() {
        return root.deepCopy();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    private record RefAt(String target, String pointer, int line, int column) {

        void checkResolvesIn(Path file, ObjectNode root) {
            String where = file + ":" + line + ":" + column + ": $ref '" + target + "' at " + pointer;
            if (!target.startsWith("#")) {
                throw new SpecException(where + ": only references inside the document ('#/...') are supported");
            }
            JsonPointer targetPointer;
            try {
                targetPointer = JsonPointer.compile(target.substring(1));
            } catch (IllegalArgumentException e) {
                throw new SpecException(where + ": not a valid JSON pointer: " + e.getMessage());
            }
            if (root.at(targetPointer).isMissingNode()) {
                throw new SpecException(where + " points to nothing: no such component in the document");
            }
        }
    }
}
