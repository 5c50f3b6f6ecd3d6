package io.github.devinapi.contract.report;

import io.github.devinapi.contract.scenario.ScenarioSource;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The one-screen summary printed when the run ends: one line per covered operation, totals, where the report is. */
final class ConsoleSummary {

    private static final int MAX_LISTED = 8;
    private static final int MAX_LISTED_PER_REASON = 3;

    private ConsoleSummary() {}

    static String render(Coverage coverage, ReportContext context, String reportDir) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("------------------------------------------------------------------------");
        lines.add("Contract suite: target " + context.target() + ", spec " + context.spec());
        lines.add("  " + coverage.exchanges() + " exchanges validated, " + coverage.failureCount() + " failed, "
                + coverage.specGaps().size() + " spec gaps; operations covered "
                + (context.operationsInSpec() - coverage.uncovered().size()) + " of " + context.operationsInSpec());
        for (Coverage.OperationCoverage operation : coverage.operations()) {
            StringJoiner statuses = new StringJoiner("  ");
            for (Coverage.StatusCoverage status : operation.statuses()) {
                statuses.add(status.status() + (status.specGap() ? "(gap)" : status.declared() ? "" : "(undeclared)")
                        + " r" + status.scenarios().get(ScenarioSource.RECORDED).size()
                        + "/h"
                        + status.scenarios().get(ScenarioSource.HAND_WRITTEN).size()
                        + "/s"
                        + status.scenarios().get(ScenarioSource.SCHEMA_DRIVEN).size()
                        + (status.failures() > 0 ? " FAILED " + status.failures() : ""));
            }
            lines.add("  " + (operation.name().isEmpty() ? operation.key() : operation.name()) + ": " + statuses);
        }
        listed(
                lines,
                "uncovered operations",
                coverage.uncovered().stream()
                        .map(o -> o.name() + " (" + o.key() + ")")
                        .toList());
        listed(
                lines,
                "operations with only schema-driven scenarios",
                coverage.withoutWrittenSuccess().stream()
                        .map(o -> o.name() + " (" + o.key() + ")")
                        .toList());
        listed(lines, "spec gaps", coverage.specGaps());
        listed(
                lines,
                "failures",
                coverage.failures().stream()
                        .map(f -> f.scenario() + " -> " + f.status() + ": "
                                + f.failures().get(0))
                        .toList());
        listed(lines, "unmatched requests", coverage.unmatchedRequests());
        listed(lines, "recordings no test used", coverage.unusedRecordings());
        skipped(lines, context.skipped());
        listed(
                lines,
                "observations (reported, not failed)",
                context.observations().stream()
                        .map(observation -> observation.scenario() + ": " + observation.text())
                        .distinct()
                        .toList());
        context.notes().forEach(note -> lines.add("  " + note));
        lines.add("  (scenarios per status: r = recorded, h = hand-written, s = schema-driven)");
        lines.add("  report: " + reportDir + "/index.html");
        lines.add("------------------------------------------------------------------------");
        return String.join(System.lineSeparator(), lines);
    }

    /** Grouped by reason, so that a read-only live run reads as a few reasons rather than a long list. */
    private static void skipped(List<String> lines, List<SkippedScenario> skipped) {
        if (skipped.isEmpty()) {
            lines.add("  skipped scenarios: none");
            return;
        }
        lines.add("  skipped scenarios: " + skipped.size());
        SkipGroups.grouped(skipped).forEach((reason, scenarios) -> {
            lines.add("    " + scenarios.size() + " x " + reason);
            scenarios.stream()
                    .map(SkippedScenario::scenario)
                    .sorted()
                    .limit(MAX_LISTED_PER_REASON)
                    .forEach(name -> lines.add("        " + name));
            if (scenarios.size() > MAX_LISTED_PER_REASON) {
                lines.add("        ... " + (scenarios.size() - MAX_LISTED_PER_REASON) + " more in the report");
            }
        });
    }

    private static void listed(List<String> lines, String title, List<String> items) {
        if (items.isEmpty()) {
            lines.add("  " + title + ": none");
            return;
        }
        lines.add("  " + title + ": " + items.size());
        items.stream().limit(MAX_LISTED).forEach(item -> lines.add("    " + item));
        if (items.size() > MAX_LISTED) {
            lines.add("    ... " + (items.size() - MAX_LISTED) + " more in the report");
        }
    }
}
