package io.github.devinapi.contract.report;

import io.github.devinapi.contract.scenario.CheckedExchange;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.tenant.TargetSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run checked, the scenarios it skipped and why, and what the target reported when the
 * run ended (recordings no test used, requests nothing matched, notes). One per run.
 */
public final class ContractReport implements ExchangeLog {

    private final List<CheckedExchange> exchanges = new ArrayList<>();
    private final List<String> unusedRecordings = new ArrayList<>();
    private final List<String> unmatchedRequests = new ArrayList<>();
    private final List<SkippedScenario> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();

    @Override
    public synchronized void record(CheckedExchange exchange) {
        exchanges.add(exchange);
    }

    public synchronized List<CheckedExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    @Override
    public synchronized void note(String scenario, String observation) {
        observations.add(new Observation(scenario, observation));
    }

    /** What scenarios observed without failing on it, each with its scenario. */
    public synchronized List<Observation> observations() {
        return List.copyOf(observations);
    }

    /** What the target says when the run ends. */
    public synchronized void add(TargetSummary summary) {
        unusedRecordings.addAll(summary.unusedRecordings());
        unmatchedRequests.addAll(summary.unmatchedRequests());
        notes.addAll(summary.notes());
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
}
