package io.github.devinapi.contract.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON text as a tree, so scenarios compare bodies by value rather than by spacing or key order. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** A Java value (maps, lists, strings, numbers) as a tree, e.g. the body a scenario expects to have sent. */
    public static JsonNode of(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
