package io.github.devinapi.contract.report;

import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.model.DisplayPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes contract-report.json and index.html into the report directory and returns the console summary. */
public final class ReportWriter {

    private ReportWriter() {}

    public static String write(ContractReport report, ApiContract contract, String target, Path directory) {
        Coverage coverage = Coverage.of(report, contract.operations().all());
        ReportContext context = new ReportContext(
                DisplayPath.of(contract.file()),
                target,
                contract.operations().all().size(),
                report.skipped(),
                report.observations(),
                report.notes());
        try {
            Files.createDirectories(directory);
            JsonReportWriter.write(coverage, context, directory.resolve("contract-report.json"));
            HtmlReportWriter.write(coverage, context, directory.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the contract report to " + directory, e);
        }
        return ConsoleSummary.render(coverage, context, DisplayPath.of(directory));
    }
}
