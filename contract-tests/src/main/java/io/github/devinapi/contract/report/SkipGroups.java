package io.github.devinapi.contract.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Skipped scenarios grouped by reason: the reason without the request and the values it names, so
 * that scenarios refused by the same rule group together (each scenario keeps its whole reason).
 */
final class SkipGroups {

    private SkipGroups() {}

    /** Per reason, its scenarios in the order they were skipped; the largest group first. */
    static Map<String, List<SkippedScenario>> grouped(List<SkippedScenario> skipped) {
        Map<String, List<SkippedScenario>> byReason = new LinkedHashMap<>();
        skipped.forEach(skip -> byReason.computeIfAbsent(reasonOf(skip), reason -> new ArrayList<>())
                .add(skip));
        Map<String, List<SkippedScenario>> sorted = new LinkedHashMap<>();
        byReason.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(reason -> sorted.put(reason.getKey(), List.copyOf(reason.getValue())));
        return sorted;
    }

    static String reasonOf(SkippedScenario skip) {
        String reason = skip.reason().replaceAll(" \\([^)]*\\)", "");
        return reason.matches("(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S+ .*")
                ? "a request " + reason.substring(reason.indexOf(' ', reason.indexOf(' ') + 1) + 1)
                : reason;
    }
}
