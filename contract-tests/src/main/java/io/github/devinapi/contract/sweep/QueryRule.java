package io.github.devinapi.contract.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.contract.model.ContractOperation;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query the sweep sends an operation, by rule from its declared parameters: a small page ({@code skip}
 * 0 and {@code limit} 2, or {@code page} 1 and {@code per_page} 2, within the declared bounds), one recent
 * window for date and date-time parameters (the last seven days: the first from-like and to-like pair),
 * required parameters from their default or first enum value; every other optional parameter left out.
 */
final class QueryRule {

    static final int PAGE_SIZE = 2;
    private static final Duration WINDOW = Duration.ofDays(7);

    private final Clock clock;

    QueryRule(Clock clock) {
        this.clock = clock;
    }

    /** The query parameters, or the name of a required one that has no value by this rule. */
    Map<String, String> query(ContractOperation operation, Map<String, String> page) {
        Map<String, String> query = new LinkedHashMap<>();
        boolean from = false;
        boolean to = false;
        for (JsonNode parameter : operation.spec().node().path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = plain(parameter.path("schema"));
            String format = schema.path("format").asText();
            if (page.containsKey(name)) {
                query.put(name, page.get(name));
            } else if (name.equals("skip")) {
                query.put(name, "0");
            } else if (name.equals("limit") || name.equals("per_page")) {
                query.put(name, Integer.toString(bounded(schema, PAGE_SIZE)));
            } else if (name.equals("page")) {
                query.put(name, "1");
            } else if ((format.equals("date-time") || format.equals("date")) && !from && isFrom(name)) {
                query.put(name, when(format, clock.instant().minus(WINDOW)));
                from = true;
            } else if ((format.equals("date-time") || format.equals("date")) && !to && isTo(name)) {
                query.put(name, when(format, clock.instant()));
                to = true;
            } else if (parameter.path("required").asBoolean(false)) {
                query.put(
                        name,
                        required(name, schema)
                                .orElseThrow(() -> new NotReached(
                                        "the required query parameter " + name + " has no value by rule")));
            }
        }
        return query;
    }

    static boolean isPaged(ContractOperation operation) {
        for (JsonNode parameter : operation.spec().node().path("parameters")) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("query") && (name.equals("skip") || name.equals("page"))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> required(String name, JsonNode schema) {
        if (schema.has("default")) {
            return Optional.of(schema.get("default").asText());
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return Optional.of(schema.path("enum").get(0).asText());
        }
        return Optional.empty();
    }

    private static int bounded(JsonNode schema, int wanted) {
        int value = Math.max(wanted, schema.path("minimum").asInt(wanted));
        return schema.has("maximum") ? Math.min(value, schema.path("maximum").asInt()) : value;
    }

    /** {@code anyOf [X, null]} is X: a query string carries no null. */
    private static JsonNode plain(JsonNode schema) {
        for (JsonNode branch : schema.path("anyOf")) {
            if (!branch.path("type").asText().equals("null")) {
                return branch;
            }
        }
        return schema;
    }

    private static boolean isFrom(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("start") || lower.endsWith("_from") || lower.endsWith("after") || lower.equals("since");
    }

    private static boolean isTo(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("end") || lower.endsWith("_to") || lower.endsWith("before") || lower.equals("until");
    }

    private static String when(String format, java.time.Instant instant) {
        java.time.Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
        return format.equals("date")
                ? DateTimeFormatter.ISO_LOCAL_DATE.format(whole.atOffset(java.time.ZoneOffset.UTC))
                : DateTimeFormatter.ISO_INSTANT.format(whole);
    }

    /** Why an operation cannot be called. */
    static final class NotReached extends RuntimeException {
        NotReached(String why) {
            super(why);
        }
    }
}
