package io.github.devinapi.contract.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * index.html: the report for people. One self-contained page, no scripts, no outside resources: an
 * overview that fits a screen (totals and the operation x status matrix), then the failures, then the
 * details of each operation and the lists, folded.
 */
final class HtmlReportWriter {

    private HtmlReportWriter() {}

    static void write(Coverage coverage, ReportContext context, Path file) throws IOException {
        Files.writeString(file, render(coverage, context), StandardCharsets.UTF_8);
    }

    static String render(Coverage coverage, ReportContext context) {
        CoverageMatrix matrix = CoverageMatrix.of(coverage);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Contract report: ")
                .append(Html.escape(context.target()))
                .append("</title>\n<style>\n")
                .append(ReportStyle.CSS)
                .append("</style>\n</head>\n<body>\n");
        OverviewSection.render(html, coverage, context, matrix);
        html.append("<nav><a href=\"#failures\">Failures (")
                .append(coverage.failureCount())
                .append(")</a><a href=\"#operations\">Operations</a><a href=\"#lists\">Lists</a></nav>\n");
        FailuresSection.render(html, coverage);
        OperationDetailsSection.render(html, matrix);
        ListsSection.render(html, coverage, context);
        return html.append("</body>\n</html>\n").toString();
    }
}
