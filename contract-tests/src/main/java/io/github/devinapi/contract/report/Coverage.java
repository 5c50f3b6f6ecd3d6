package io.github.devinapi.contract.report;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.scenario.CheckedExchange;
import io.github.devinapi.contract.scenario.ScenarioSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report's table: per operation and status, who covered it, how often, and what failed.
 *
 * @param specOperations every operation of the spec, in document order (the covered ones and the others)
 */
public record Coverage(
        List<OperationCoverage> operations,
        List<ContractOperation> uncovered,
        List<ContractOperation> withoutWrittenSuccess,
        List<CheckedExchange> failures,
        List<String> unusedRecordings,
        List<String> unmatchedRequests,
        List<ContractOperation> specOperations) {

    /** Exchanges that matched no operation of the spec are listed under this key. */
    public static final String NO_OPERATION = "(no operation of the spec)";

    /** @param tags the operation's tags in the spec; empty for exchanges to no operation */
    public record OperationCoverage(String key, String name, List<String> tags, List<StatusCoverage> statuses) {

        public int exchanges() {
            return statuses.stream().mapToInt(StatusCoverage::exchanges).sum();
        }

        public int failures() {
            return statuses.stream().mapToInt(StatusCoverage::failures).sum();
        }
    }

    public record StatusCoverage(
            int status,
            boolean declared,
            boolean specGap,
            Map<ScenarioSource, SortedSet<String>> scenarios,
            int exchanges,
            int failures) {

        /** What the report makes of this status: a failure outweighs a spec gap, which outweighs the rest. */
        public StatusState state() {
            if (failures > 0) {
                return StatusState.FAILED;
            }
            if (specGap) {
                return StatusState.SPEC_GAP;
            }
            return declared ? StatusState.COVERED : StatusState.UNDECLARED;
        }
    }

    public static Coverage of(ContractReport report, List<ContractOperation> specOperations) {
        Map<String, ContractOperation> byKey = new LinkedHashMap<>();
        specOperations.forEach(operation -> byKey.put(operation.key(), operation));
        Map<String, Map<Integer, List<CheckedExchange>>> grouped = new LinkedHashMap<>();
        specOperations.forEach(operation -> grouped.put(operation.key(), new TreeMap<>()));
        List<CheckedExchange> failures = new ArrayList<>();
        for (CheckedExchange exchange : report.exchanges()) {
            String key = exchange.operationKey() == null ? NO_OPERATION : exchange.operationKey();
            grouped.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(exchange.status(), s -> new ArrayList<>())
                    .add(exchange);
            if (!exchange.ok()) {
                failures.add(exchange);
            }
        }
        List<OperationCoverage> covered = new ArrayList<>();
        List<ContractOperation> uncovered = new ArrayList<>();
        List<ContractOperation> withoutWrittenSuccess = new ArrayList<>();
        grouped.forEach((key, statuses) -> {
            ContractOperation operation = byKey.get(key);
            if (statuses.isEmpty()) {
                uncovered.add(operation);
                return;
            }
            boolean realScenario =
                    statuses.values().stream().flatMap(List::stream).anyMatch(Coverage::showsSuccess);
            if (operation != null && !realScenario) {
                withoutWrittenSuccess.add(operation);
            }
            List<StatusCoverage> rows = new ArrayList<>();
            statuses.forEach((status, exchanges) -> rows.add(row(operation, status, exchanges)));
            covered.add(new OperationCoverage(
                    key,
                    operation == null ? "" : operation.name(),
                    operation == null ? List.of() : operation.tags(),
                    rows));
        });
        return new Coverage(
                covered,
                uncovered,
                withoutWrittenSuccess,
                failures,
                report.unusedRecordings(),
                report.unmatchedRequests(),
                List.copyOf(specOperations));
    }

    private static StatusCoverage row(ContractOperation operation, int status, List<CheckedExchange> exchanges) {
        Map<ScenarioSource, SortedSet<String>> scenarios = new EnumMap<>(ScenarioSource.class);
        for (ScenarioSource source : ScenarioSource.values()) {
            scenarios.put(source, new TreeSet<>());
        }
        exchanges.forEach(exchange -> scenarios.get(exchange.source()).add(exchange.scenario()));
        int failed = (int) exchanges.stream().filter(exchange -> !exchange.ok()).count();
        boolean gap = exchanges.stream().anyMatch(CheckedExchange::specGap);
        return new StatusCoverage(
                status, operation != null && operation.declares(status), gap, scenarios, exchanges.size(), failed);
    }

    /**
     * Whether an exchange shows the operation working as a user calls it: a recorded or hand-written scenario
     * answered 2xx. A 401 or a 422 shows only that the server refuses; schema-driven and sweep exchanges are
     * derived from the spec, not written by anyone.
     */
    private static boolean showsSuccess(CheckedExchange exchange) {
        boolean written =
                exchange.source() == ScenarioSource.RECORDED || exchange.source() == ScenarioSource.HAND_WRITTEN;
        return written && exchange.status() >= 200 && exchange.status() < 300;
    }

    /**
     * Operations no recorded or hand-written scenario shows succeeding (no exchange at all, schema-driven ones
     * only, or refusals only: a 401 or a 422 is not enough).
     */
    public List<ContractOperation> withoutRealScenario() {
        List<ContractOperation> operations = new ArrayList<>(uncovered);
        operations.addAll(withoutWrittenSuccess);
        return operations;
    }

    public int exchanges() {
        return operations.stream().mapToInt(OperationCoverage::exchanges).sum();
    }

    public int failureCount() {
        return failures.size();
    }

    public List<String> specGaps() {
        List<String> gaps = new ArrayList<>();
        for (OperationCoverage operation : operations) {
            for (StatusCoverage status : operation.statuses()) {
                if (status.specGap()) {
                    gaps.add(operation.key() + " -> " + status.status());
                }
            }
        }
        return gaps;
    }
}
