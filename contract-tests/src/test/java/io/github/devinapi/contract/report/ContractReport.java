package io.github.devinapi.contract.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything the run validated, collected across all test classes of the JVM, the scenarios it skipped
 * and why, plus what the target adds when the run ends (recordings no test used, requests nothing
 * matched, notes such as where new recordings were written).
 */
public final class ContractReport implements ReportSink {

    private static final ContractReport GLOBAL = new ContractReport();

    private final List<ExchangeRecord> exchanges = new ArrayList<>();
    private final List<String> unusedRecordings = new ArrayList<>();
    private final List<String> unmatchedRequests = new ArrayList<>();
    private final List<SkippedScenario> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Consumer<ContractReport>> beforeWrite = new ArrayList<>();

    public static ContractReport global() {
        return GLOBAL;
    }

    @Override
    public synchronized void record(ExchangeRecord exchange) {
        exchanges.add(exchange);
    }

    public synchronized List<ExchangeRecord> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Lets a target add its findings when the run ends (called once, before the report is written). */
    public synchronized void beforeWrite(Consumer<ContractReport> contributor) {
        beforeWrite.add(contributor);
    }

    public synchronized void unusedRecording(String recording) {
        unusedRecordings.add(recording);
    }

    public synchronized void unmatchedRequest(String request) {
        unmatchedRequests.add(request);
    }

    /** A scenario that did not run here, and why (e.g. it writes, and the live run is read-only). */
    public synchronized void skipped(String scenario, String reason) {
        skipped.add(new SkippedScenario(scenario, reason));
    }

    /** A line for the summary about the run itself. */
    public synchronized void note(String note) {
        notes.add(note);
    }

    public synchronized List<SkippedScenario> skipped() {
        return List.copyOf(skipped);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    public synchronized List<String> unusedRecordings() {
        return List.copyOf(unusedRecordings);
    }

    public synchronized List<String> unmatchedRequests() {
        return List.copyOf(unmatchedRequests);
    }

    /** Runs the contributors once; later calls see the findings they added. */
    public void collectFindings() {
        List<Consumer<ContractReport>> contributors;
        synchronized (this) {
            contributors = List.copyOf(beforeWrite);
            beforeWrite.clear();
        }
        contributors.forEach(contributor -> contributor.accept(this));
    }
}
