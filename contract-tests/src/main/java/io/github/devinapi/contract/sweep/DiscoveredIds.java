package io.github.devinapi.contract.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values the sweep has seen in answers, by field name ({@code org_id}, {@code user_id}, {@code group_name}),
 * to fill the path parameters of the same name: a list of organizations gives the {@code org_id} that
 * {@code GET /organizations/{org_id}} needs. A configured value (the test organization) comes first.
 */
final class DiscoveredIds {

    private final Map<String, Set<String>> values = new LinkedHashMap<>();

    /** A value to use before any discovered one, e.g. {@code org_id} = DEVIN_TEST_ORG_ID. */
    void prefer(String name, String value) {
        Set<String> known = new LinkedHashSet<>();
        known.add(value);
        Set<String> previous = values.put(name, known);
        if (previous != null) {
            known.addAll(previous);
        }
    }

    /** Every scalar field of every object in {@code answer}, at any depth. */
    void learnFrom(JsonNode answer) {
        if (answer.isArray()) {
            answer.forEach(this::learnFrom);
        } else if (answer.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = answer.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && !value.asText().isBlank() || value.isIntegralNumber()) {
                    values.computeIfAbsent(field.getKey(), name -> new LinkedHashSet<>())
                            .add(value.asText());
                } else {
                    learnFrom(value);
                }
            }
        }
    }

    Optional<String> first(String name) {
        Set<String> known = values.get(name);
        return known == null || known.isEmpty()
                ? Optional.empty()
                : Optional.of(known.iterator().next());
    }
}
