package io.github.devinapi.contract.report;

import io.github.devinapi.contract.scenario.ScenarioSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/** index.html: the same table as the JSON, for people. One self-contained page, no scripts. */
final class HtmlReportWriter {

    private HtmlReportWriter() {
    }

    static void write(Coverage coverage, ReportContext context, Path file) throws IOException {
        Files.writeString(file, render(coverage, context), StandardCharsets.UTF_8);
    }

    static String render(Coverage coverage, ReportContext context) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Contract report</title>\n")
                .append("<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
                .append(".fail{background:#fdd}.gap{background:#ffd}.ok{background:#dfd}code{font-size:12px}</style>")
                .append("</head><body>\n<h1>Contract report</h1>\n");
        html.append("<p>Spec <code>").append(escape(context.spec())).append("</code>, target <b>")
                .append(escape(context.target())).append("</b>: ")
                .append(coverage.exchanges()).append(" exchanges validated, ")
                .append(coverage.failureCount()).append(" failures, ")
                .append(coverage.specGaps().size()).append(" spec gaps, ")
                .append(coverage.uncovered().size()).append(" of ").append(context.operationsInSpec())
                .append(" operations uncovered.</p>\n");

        html.append("<h2>Coverage</h2>\n<table><tr><th>ContractOperation</th><th>Status</th><th>Recorded</th>")
                .append("<th>Hand-written</th><th>Schema-driven</th><th>Exchanges</th><th>Failures</th><th>Note</th></tr>\n");
        for (Coverage.OperationCoverage operation : coverage.operations()) {
            for (Coverage.StatusCoverage status : operation.statuses()) {
                String css = status.failures() > 0 ? "fail" : status.specGap() ? "gap" : "ok";
                html.append("<tr class=\"").append(css).append("\"><td>").append(escape(operation.name()))
                        .append("<br><code>").append(escape(operation.key())).append("</code></td><td>")
                        .append(status.status()).append("</td>");
                for (ScenarioSource source : ScenarioSource.values()) {
                    html.append("<td>").append(list(status.scenarios().get(source))).append("</td>");
                }
                html.append("<td>").append(status.exchanges()).append("</td><td>").append(status.failures())
                        .append("</td><td>").append(status.specGap() ? "spec gap: status not declared by the spec"
                                : status.declared() ? "" : "not declared by the spec").append("</td></tr>\n");
            }
        }
        html.append("</table>\n");

        section(html, "Uncovered operations", coverage.uncovered().stream()
                .map(operation -> operation.name() + " (" + operation.key() + ")").toList());
        section(html, "Operations without a recorded or hand-written scenario", coverage.withoutRealScenario().stream()
                .map(operation -> operation.name() + " (" + operation.key() + ")").toList());
        section(html, "Failures", coverage.failures().stream()
                .map(failure -> failure.scenario() + " [" + failure.source().label() + "] " + failure.operationKey()
                        + " -> " + failure.status() + "\n  " + String.join("\n  ", failure.failures())).toList());
        section(html, "Spec gaps", coverage.specGaps());
        section(html, "Unmatched requests", coverage.unmatchedRequests());
        section(html, "Recordings no test used", coverage.unusedRecordings());
        section(html, "Skipped scenarios", context.skipped().stream().map(skip -> skip.scenario() + "\n  " + skip.reason()).toList());
        section(html, "Observations (reported, not failed)", context.observations().stream()
                .map(observation -> observation.scenario() + "\n  " + observation.text()).toList());
        section(html, "Notes", context.notes());
        return html.append("</body></html>\n").toString();
    }

    private static void section(StringBuilder html, String title, List<String> items) {
        html.append("<h2>").append(escape(title)).append("</h2>\n");
        if (items.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<ul>\n");
        items.forEach(item -> html.append("<li><pre>").append(escape(item)).append("</pre></li>\n"));
        html.append("</ul>\n");
    }

    private static String list(SortedSet<String> names) {
        StringBuilder out = new StringBuilder();
        names.forEach(name -> out.append(escape(name)).append("<br>"));
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
