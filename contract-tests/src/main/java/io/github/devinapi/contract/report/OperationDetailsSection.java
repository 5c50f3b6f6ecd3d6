package io.github.devinapi.contract.report;

import io.github.devinapi.contract.scenario.ScenarioSource;
import java.util.List;
import java.util.SortedSet;

/**
 * Per operation, folded: per status its state, counts and the scenarios of each source. In the order of
 * the matrix, whose names link here.
 */
final class OperationDetailsSection {

    private OperationDetailsSection() {}

    static void render(StringBuilder html, CoverageMatrix matrix) {
        html.append("<section id=\"operations\">\n<h2>Operations <span class=\"count\">")
                .append(matrix.rows().size())
                .append("</span></h2>\n");
        for (CoverageMatrix.TagGroup group : matrix.groups()) {
            html.append("<h3 class=\"tag\">").append(Html.escape(group.tag())).append("</h3>\n");
            group.rows().forEach(row -> operation(html, row));
        }
        html.append("</section>\n");
    }

    private static void operation(StringBuilder html, CoverageMatrix.Row row) {
        StatusState state = row.state();
        html.append("<details class=\"operation ")
                .append(state.css())
                .append("\" id=\"")
                .append(row.anchor())
                .append("\">\n")
                .append("<summary><span class=\"c ")
                .append(state.css())
                .append("\">")
                .append(state.symbol())
                .append("</span> <b>")
                .append(Html.escape(row.name()))
                .append("</b> ");
        if (!row.name().equals(row.key())) {
            html.append("<code>").append(Html.escape(row.key())).append("</code> ");
        }
        html.append("<span class=\"counts\">").append(counts(row)).append("</span></summary>\n");
        html.append(
                "<table class=\"statuses\">\n<thead><tr><th>Status</th><th>State</th><th>Exchanges</th><th>Failures</th>");
        for (ScenarioSource source : ScenarioSource.values()) {
            html.append("<th>").append(Html.escape(source.label())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        if (row.coverage() != null) {
            for (Coverage.StatusCoverage status : row.coverage().statuses()) {
                StatusState statusState = status.state();
                html.append("<tr class=\"")
                        .append(statusState.css())
                        .append("\"><td>")
                        .append(status.status())
                        .append("</td><td><span class=\"c ")
                        .append(statusState.css())
                        .append("\">")
                        .append(statusState.symbol())
                        .append("</span> ")
                        .append(Html.escape(statusState.description()))
                        .append("</td><td>")
                        .append(status.exchanges())
                        .append("</td><td>")
                        .append(status.failures())
                        .append("</td>");
                for (ScenarioSource source : ScenarioSource.values()) {
                    html.append("<td>");
                    scenarios(html, status.scenarios().get(source));
                    html.append("</td>");
                }
                html.append("</tr>\n");
            }
        }
        for (String label : row.uncoveredDeclared()) {
            html.append("<tr class=\"uncovered\"><td>")
                    .append(Html.escape(label))
                    .append("</td><td><span class=\"c uncovered\">")
                    .append(StatusState.UNCOVERED.symbol())
                    .append("</span> ")
                    .append(Html.escape(StatusState.UNCOVERED.description()))
                    .append("</td><td>0</td><td>0</td>")
                    .append("<td></td>".repeat(ScenarioSource.values().length))
                    .append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</details>\n");
    }

    private static String counts(CoverageMatrix.Row row) {
        if (row.coverage() == null) {
            return "no exchange";
        }
        int failures = row.coverage().failures();
        List<String> uncovered = row.uncoveredDeclared();
        return Html.count(row.coverage().statuses().size(), "status", "statuses") + " &#183; "
                + Html.count(row.coverage().exchanges(), "exchange", "exchanges")
                + (failures == 0 ? "" : " &#183; <b class=\"failed-text\">" + failures + " failed</b>")
                + (uncovered.isEmpty()
                        ? ""
                        : " &#183; declared, not covered: " + Html.escape(String.join(", ", uncovered)));
    }

    private static void scenarios(StringBuilder html, SortedSet<String> names) {
        if (names == null || names.isEmpty()) {
            return;
        }
        html.append("<ul>");
        names.forEach(name -> html.append("<li>").append(Html.escape(name)).append("</li>"));
        html.append("</ul>");
    }
}
