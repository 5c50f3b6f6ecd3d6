package io.github.devinapi.contract.report;

import io.github.devinapi.contract.scenario.ScenarioSource;

/**
 * The top of the page, one screen: the totals, a legend, and the operation x status matrix, grouped
 * by tag, each cell coloured by its state and carrying its symbol and the letters of its sources.
 */
final class OverviewSection {

    /** The width of a matrix table without its status cells, and of each status cell, in CSS pixels. */
    private static final int NAME_WIDTH = 250;

    private static final int CELL_WIDTH = 38;

    private OverviewSection() {}

    static void render(StringBuilder html, Coverage coverage, ReportContext context, CoverageMatrix matrix) {
        html.append("<header>\n<h1>Contract report</h1>\n<p class=\"run\">spec <code>")
                .append(Html.escape(context.spec()))
                .append("</code> &#183; target <b>")
                .append(Html.escape(context.target()))
                .append("</b></p>\n");
        totals(html, coverage, context);
        html.append("</header>\n");
        legend(html);
        matrix(html, matrix);
    }

    private static void totals(StringBuilder html, Coverage coverage, ReportContext context) {
        int covered = context.operationsInSpec() - coverage.uncovered().size();
        html.append("<ul class=\"totals\">\n");
        int failures = coverage.failureCount();
        int gaps = coverage.specGaps().size();
        total(
                html,
                "exchanges",
                coverage.exchanges(),
                plural(coverage.exchanges(), "exchange validated", "exchanges validated"),
                "");
        total(html, "failures", failures, plural(failures, "failure", "failures"), failures > 0 ? "failed" : "covered");
        total(html, "gaps", gaps, plural(gaps, "spec gap", "spec gaps"), gaps > 0 ? "specgap" : "");
        total(
                html,
                "operations",
                covered + " of " + context.operationsInSpec(),
                "operations covered",
                covered < context.operationsInSpec() ? "uncovered" : "");
        total(
                html,
                "schema-only",
                coverage.withoutWrittenSuccess().size(),
                "without a recorded or hand-written 2xx",
                "");
        total(
                html,
                "skipped",
                context.skipped().size(),
                plural(context.skipped().size(), "scenario skipped", "scenarios skipped"),
                "");
        total(
                html,
                "observations",
                context.observations().size(),
                plural(context.observations().size(), "observation", "observations"),
                "");
        html.append("</ul>\n");
    }

    private static String plural(int n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }

    private static void total(StringBuilder html, String id, int value, String label, String state) {
        total(html, id, Integer.toString(value), label, state);
    }

    private static void total(StringBuilder html, String id, String value, String label, String state) {
        html.append("<li id=\"total-")
                .append(id)
                .append('"')
                .append(state.isEmpty() ? "" : " class=\"" + state + "\"")
                .append("><b>")
                .append(Html.escape(value))
                .append("</b> ")
                .append(Html.escape(label))
                .append("</li>\n");
    }

    private static void legend(StringBuilder html) {
        html.append("<p class=\"legend\">");
        for (StatusState state : StatusState.values()) {
            html.append("<span class=\"c ")
                    .append(state.css())
                    .append("\">")
                    .append(state.symbol())
                    .append("</span> ")
                    .append(Html.escape(state.legend()))
                    .append(" &#160; ");
        }
        html.append("&#183; &#160;scenarios:");
        for (ScenarioSource source : ScenarioSource.values()) {
            html.append(" <b>").append(Html.letter(source)).append("</b> ").append(Html.escape(source.label()));
        }
        html.append(" &#183; failed operations first</p>\n");
    }

    private static void matrix(StringBuilder html, CoverageMatrix matrix) {
        int width = NAME_WIDTH + CELL_WIDTH * matrix.columns().size();
        html.append("<div class=\"matrix\" style=\"column-width:").append(width).append("px\">\n");
        for (CoverageMatrix.TagGroup group : matrix.groups()) {
            html.append("<table class=\"tag")
                    .append(group.failed() ? " failed" : "")
                    .append("\">\n<thead><tr><th class=\"tagname\">")
                    .append(Html.escape(group.tag()))
                    .append("</th>");
            matrix.columns()
                    .forEach(column -> html.append("<th class=\"col\">")
                            .append(Html.escape(column))
                            .append("</th>"));
            html.append("</tr></thead>\n<tbody>\n");
            for (CoverageMatrix.Row row : group.rows()) {
                row(html, row, matrix);
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</div>\n");
    }

    private static void row(StringBuilder html, CoverageMatrix.Row row, CoverageMatrix matrix) {
        html.append("<tr class=\"op ")
                .append(row.state().css())
                .append("\" data-operation=\"")
                .append(Html.escape(row.key()))
                .append("\"><th class=\"name\"><a href=\"#")
                .append(row.anchor())
                .append("\">")
                .append(row.failed() ? StatusState.FAILED.symbol() + " " : "")
                .append(Html.escape(row.name()))
                .append("</a>");
        if (row.operation() != null) {
            html.append("<span class=\"key\" title=\"")
                    .append(Html.escape(row.key()))
                    .append("\"><b>")
                    .append(Html.escape(row.method()))
                    .append("</b> ")
                    .append(Html.escape(row.path()))
                    .append("</span>");
        }
        html.append("</th>");
        for (String column : matrix.columns()) {
            CoverageMatrix.Cell cell = row.cells().get(column);
            if (cell == null) {
                html.append("<td class=\"c\" data-status=\"")
                        .append(Html.escape(column))
                        .append("\"></td>");
                continue;
            }
            html.append("<td class=\"c ")
                    .append(cell.state().css())
                    .append("\" data-status=\"")
                    .append(Html.escape(column))
                    .append("\" title=\"")
                    .append(Html.escape(title(row, column, cell)))
                    .append("\">")
                    .append(cell.state().symbol())
                    .append("<small>")
                    .append(Html.sourceLetters(cell.sources()))
                    .append("</small></td>");
        }
        html.append("</tr>\n");
    }

    private static String title(CoverageMatrix.Row row, String column, CoverageMatrix.Cell cell) {
        String counts = cell.exchanges() == 0
                ? ""
                : ", " + Html.count(cell.exchanges(), "exchange", "exchanges")
                        + (cell.failures() == 0 ? "" : ", " + Html.count(cell.failures(), "failure", "failures"));
        StringBuilder sources = new StringBuilder();
        for (ScenarioSource source : ScenarioSource.values()) {
            if (cell.sources().contains(source)) {
                sources.append(sources.length() == 0 ? "; by " : ", ").append(source.label());
            }
        }
        return row.name() + " " + column + ": " + cell.state().description() + counts + sources;
    }
}
