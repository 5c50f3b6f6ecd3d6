package io.github.devinapi.contract.schemadriven;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares JSON as values: numbers by value ({@code 5} and {@code 5.0} are equal), a missing field
 * and {@code null} alike. Returns the JSON pointers where the two differ.
 */
final class JsonEquivalence {

    private JsonEquivalence() {}

    /** Where {@code actual} does not hold what {@code expected} holds (extra fields in actual are allowed). */
    static List<String> missingOrDifferent(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare(expected, actual, "", differences, false);
        return differences;
    }

    /** Where the two differ in either direction. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare(expected, actual, "", differences, true);
        return differences;
    }

    private static void compare(JsonNode expected, JsonNode actual, String at, List<String> out, boolean strict) {
        boolean expectedNull = expected == null || expected.isNull() || expected.isMissingNode();
        boolean actualNull = actual == null || actual.isNull() || actual.isMissingNode();
        if (expectedNull || actualNull) {
            if (expectedNull != actualNull && (strict || !expectedNull)) {
                out.add(pointer(at) + ": expected " + expected + ", got " + actual);
            }
            return;
        }
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(pointer(at) + ": expected " + expected + ", got " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(field.getValue(), actual.get(field.getKey()), at + "/" + field.getKey(), out, strict);
            }
            if (strict) {
                actual.fieldNames().forEachRemaining(name -> {
                    if (!expected.has(name) && !actual.get(name).isNull()) {
                        out.add(pointer(at + "/" + name) + ": not expected, got " + actual.get(name));
                    }
                });
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(pointer(at) + ": expected " + expected.size() + " items, got " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), at + "/" + i, out, strict);
            }
        } else if (!expected.equals(actual)) {
            out.add(pointer(at) + ": expected " + expected + ", got " + actual);
        }
    }

    private static String pointer(String at) {
        return at.isEmpty() ? "/" : at;
    }
}
