package io.github.devinapi.contract.report;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The one-screen summary printed when the run ends: one line per covered operation, totals, where the report is. */
final class ConsoleSummary {

    private static final int MAX_LISTED = 8;

    private ConsoleSummary() {
    }

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
                        + " r" + status.scenarios().get(Source.RECORDED).size()
                        + "/h" + status.scenarios().get(Source.HAND_WRITTEN).size()
                        + "/g" + status.scenarios().get(Source.GENERATED).size()
                        + (status.failures() > 0 ? " FAILED " + status.failures() : ""));
            }
            lines.add("  " + (operation.name().isEmpty() ? operation.key() : operation.name()) + ": " + statuses);
        }
        listed(lines, "uncovered operations", coverage.uncovered().stream().map(o -> o.name() + " (" + o.key() + ")").toList());
        listed(lines, "operations with only schema-driven scenarios", coverage.onlyGenerated().stream()
                .map(o -> o.name() + " (" + o.key() + ")").toList());
        listed(lines, "spec gaps", coverage.specGaps());
        listed(lines, "failures", coverage.failures().stream()
                .map(f -> f.scenario() + " -> " + f.status() + ": " + f.failures().get(0)).toList());
        listed(lines, "unmatched requests", coverage.unmatchedRequests());
        listed(lines, "recordings no test used", coverage.unusedRecordings());
        lines.add("  (scenarios per status: r = recorded, h = hand-written, g = generated)");
        lines.add("  report: " + reportDir + "/index.html");
        lines.add("------------------------------------------------------------------------");
        return String.join(System.lineSeparator(), lines);
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
