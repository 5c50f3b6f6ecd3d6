package io.github.devinapi.contract.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The strict-coverage rule ({@code -Dcontract.strictCoverage=...}, for teams who want the operations they rely
 * on to have a real scenario): every operation in scope has a recorded or hand-written scenario that it answered
 * 2xx; schema-driven and sweep exchanges, and refusals (401, 422), do not count. {@code true} puts every operation of the spec in scope; a comma-separated list of tags and
 * operation names ({@code organizations,members,listRoles}) only those. Judged from contract-report.json.
 */
public final class StrictCoverage {

    public static final String PROPERTY = "contract.strictCoverage";

    private StrictCoverage() {}

    /**
     * What the property asks for: nothing ({@code false} or unset), every operation ({@code true}), or the
     * operations that carry one of the named tags or have one of the names (case does not matter).
     */
    public record Scope(boolean all, Set<String> names) {

        public static final Scope ALL = new Scope(true, Set.of());
        public static final Scope NONE = new Scope(false, Set.of());

        public Scope {
            names = Collections.unmodifiableSet(new LinkedHashSet<>(names)); // in the order given, for messages
        }

        public static Scope parse(String value) {
            String text = value == null ? "" : value.trim();
            if (text.isEmpty() || text.equalsIgnoreCase("false")) {
                return NONE;
            }
            if (text.equalsIgnoreCase("true")) {
                return ALL;
            }
            Set<String> names = new LinkedHashSet<>();
            Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(name -> !name.isEmpty())
                    .forEach(names::add);
            return names.isEmpty() ? NONE : new Scope(false, names);
        }

        public boolean none() {
            return !all && names.isEmpty();
        }

        /** Whether an operation of this name and these tags is in scope. */
        public boolean includes(String name, List<String> tags) {
            return all
                    || names.stream()
                            .anyMatch(wanted -> wanted.equalsIgnoreCase(name)
                                    || tags.stream().anyMatch(wanted::equalsIgnoreCase));
        }

        /** "-Dcontract.strictCoverage=true" or "...=members,roles", for messages. */
        public String describe() {
            return "-D" + PROPERTY + "=" + (all ? "true" : none() ? "false" : String.join(",", names));
        }
    }

    /** "listApiKeys (GET /v2/enterprise/api-keys)" for each operation of the spec the rule finds wanting. */
    public static List<String> missing(JsonNode report) {
        return missing(report, Scope.ALL);
    }

    /** As {@link #missing(JsonNode)}, for the operations in {@code scope} only. */
    public static List<String> missing(JsonNode report, Scope scope) {
        List<String> missing = new ArrayList<>();
        for (JsonNode operation : report.path("withoutRecordedOrHandWrittenScenario")) {
            if (scope.includes(operation.path("name").asText(), tags(operation))) {
                missing.add(operation.path("name").asText() + " ("
                        + operation.path("operation").asText() + ")");
            }
        }
        return missing;
    }

    /** The names of {@code scope} that are neither a tag nor the name of an operation of the report's spec. */
    public static List<String> unknownNames(JsonNode report, Scope scope) {
        Set<String> known = known(report);
        return scope.names().stream()
                .filter(name -> !known.contains(name.toLowerCase(Locale.ROOT)))
                .toList();
    }

    public static String failureMessage(List<String> missing) {
        return failureMessage(missing, Scope.ALL);
    }

    public static String failureMessage(List<String> missing, Scope scope) {
        String which = scope.all ? "of the spec" : "in scope (" + String.join(", ", scope.names()) + ")";
        return missing.size() + " operation(s) " + which + " have no recorded or hand-written scenario answered 2xx ("
                + scope.describe() + "):\n  " + String.join("\n  ", missing)
                + "\nAdd a recording under contract-tests/src/test/resources/scenarios/<name>/ or a @ContractScenarios "
                + "class (see CONTRIBUTING.md), or leave them out of -D" + PROPERTY + ".";
    }

    public static String unknownNamesMessage(List<String> unknown, JsonNode report) {
        Set<String> tags = new TreeSet<>();
        operations(report).forEach(operation -> tags.addAll(tags(operation)));
        return scopeName(unknown) + " of -D" + PROPERTY + " " + (unknown.size() == 1 ? "is" : "are")
                + " neither a tag nor an operation of the spec. Tags: " + String.join(", ", tags)
                + "; operations by the names of the generated client (listOrganizations, addOrganizationMembers, ...), "
                + "as the report lists them.";
    }

    private static String scopeName(List<String> unknown) {
        return unknown.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    private static Set<String> known(JsonNode report) {
        Set<String> known = new TreeSet<>();
        for (JsonNode operation : operations(report)) {
            known.add(operation.path("name").asText().toLowerCase(Locale.ROOT));
            tags(operation).forEach(tag -> known.add(tag.toLowerCase(Locale.ROOT)));
        }
        known.remove("");
        return known;
    }

    /** Every operation of the spec the report names: those with exchanges, and those without. */
    private static List<JsonNode> operations(JsonNode report) {
        List<JsonNode> operations = new ArrayList<>();
        report.path("operations").forEach(operations::add);
        report.path("uncovered").forEach(operations::add);
        return operations;
    }

    private static List<String> tags(JsonNode operation) {
        List<String> tags = new ArrayList<>();
        operation.path("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }
}
