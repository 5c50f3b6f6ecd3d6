package io.github.devinapi.contract.report;

import io.github.devinapi.contract.model.ContractOperation;
import java.util.List;
import java.util.Map;

/** The end of the page: each list folded, its count in its summary line. */
final class ListsSection {

    private ListsSection() {}

    static void render(StringBuilder html, Coverage coverage, ReportContext context) {
        html.append("<section id=\"lists\">\n<h2>Lists</h2>\n");
        list(html, "uncovered", "Uncovered operations", described(coverage.uncovered()));
        list(
                html,
                "schema-only",
                "Operations no recorded or hand-written scenario shows answering 2xx",
                described(coverage.withoutWrittenSuccess()));
        list(html, "spec-gaps", "Spec gaps (undeclared statuses a scenario expected)", coverage.specGaps());
        list(html, "unmatched", "Unmatched requests", coverage.unmatchedRequests());
        list(html, "unused", "Recordings no test used", coverage.unusedRecordings());
        skipped(html, context.skipped());
        list(
                html,
                "observations",
                "Observations (reported, not failed)",
                context.observations().stream()
                        .map(observation -> observation.scenario() + ": " + observation.text())
                        .toList());
        list(html, "notes", "Notes", context.notes());
        html.append("</section>\n");
    }

    private static List<String> described(List<ContractOperation> operations) {
        return operations.stream().map(ContractOperation::describe).toList();
    }

    private static void list(StringBuilder html, String id, String title, List<String> items) {
        open(html, id, title, items.size());
        Html.list(html, items);
        html.append("</details>\n");
    }

    private static void open(StringBuilder html, String id, String title, int count) {
        html.append("<details class=\"list")
                .append(count == 0 ? " empty" : "")
                .append("\" id=\"list-")
                .append(id)
                .append("\">\n<summary>")
                .append(Html.escape(title))
                .append(" <span class=\"count\">")
                .append(count)
                .append("</span></summary>\n");
    }

    /** Grouped by reason, largest group first; each scenario keeps its whole reason. */
    private static void skipped(StringBuilder html, List<SkippedScenario> skipped) {
        open(html, "skipped", "Skipped scenarios", skipped.size());
        if (skipped.isEmpty()) {
            html.append("<p class=\"none\">None.</p>\n");
        }
        for (Map.Entry<String, List<SkippedScenario>> reason :
                SkipGroups.grouped(skipped).entrySet()) {
            html.append("<h4 class=\"reason\"><span class=\"count\">")
                    .append(reason.getValue().size())
                    .append("</span> &#215; ")
                    .append(Html.escape(reason.getKey()))
                    .append("</h4>\n<ul>\n");
            for (SkippedScenario skip : reason.getValue()) {
                html.append("<li>").append(Html.escape(skip.scenario()));
                if (!skip.reason().equals(reason.getKey())) {
                    html.append("<br/><small>")
                            .append(Html.escape(skip.reason()))
                            .append("</small>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</details>\n");
    }
}
