package io.github.devinapi.contract.report;

import io.github.devinapi.contract.DisplayPath;
import io.github.devinapi.contract.spec.ContractSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes contract-report.json and index.html into the report directory and returns the console summary. */
public final class ReportWriter {

    public static final String REPORT_DIR_PROPERTY = "contract.report.dir";

    private ReportWriter() {
    }

    public static String write(ContractReport report, ContractSpec spec, String target, Path directory) {
        report.collectFindings();
        Coverage coverage = Coverage.of(report, spec.operations().all());
        ReportContext context = new ReportContext(DisplayPath.of(spec.file()), target, spec.operations().all().size(),
                report.skipped(), report.notes());
        try {
            Files.createDirectories(directory);
            JsonReportWriter.write(coverage, context, directory.resolve("contract-report.json"));
            HtmlReportWriter.write(coverage, context, directory.resolve("index.html"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the contract report to " + directory, e);
        }
        return ConsoleSummary.render(coverage, context, DisplayPath.of(directory));
    }

    public static Path directory() {
        return Path.of(System.getProperty(REPORT_DIR_PROPERTY, "target/contract-report"));
    }
}
