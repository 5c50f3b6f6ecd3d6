package io.github.devinapi.contract.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.scenario.CheckedExchange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * contract-report.json: the coverage table for machines. Tools read {@code totals}, {@code operations}
 * (each status's {@code scenarios} keyed by source label), {@code uncovered} and
 * {@code withoutRecordedOrHandWrittenScenario}: fields are added, never renamed or removed.
 */
final class JsonReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReportWriter() {}

    static void write(Coverage coverage, ReportContext context, Path file) throws IOException {
        JSON.writeValue(file.toFile(), toJson(coverage, context));
    }

    static ObjectNode toJson(Coverage coverage, ReportContext context) {
        ObjectNode root = JSON.createObjectNode();
        root.put("spec", context.spec());
        root.put("target", context.target());
        ObjectNode totals = root.putObject("totals");
        totals.put("operationsInSpec", context.operationsInSpec());
        totals.put(
                "operationsCovered",
                coverage.operations().stream().filter(o -> !o.name().isEmpty()).count());
        totals.put("exchangesValidated", coverage.exchanges());
        totals.put("failures", coverage.failureCount());
        totals.put("specGaps", coverage.specGaps().size());
        totals.put("skipped", context.skipped().size());
        totals.put("observations", context.observations().size());

        Map<String, CoverageMatrix.Row> rows = new HashMap<>();
        CoverageMatrix.of(coverage).rows().forEach(row -> rows.put(row.key(), row));
        ArrayNode operations = root.putArray("operations");
        for (Coverage.OperationCoverage operation : coverage.operations()) {
            CoverageMatrix.Row matrixRow = rows.get(operation.key());
            ObjectNode node = operations.addObject();
            node.put("operation", operation.key());
            node.put("name", operation.name());
            node.put(
                    "tag",
                    matrixRow.operation() == null
                            ? CoverageMatrix.NO_TAG
                            : matrixRow.operation().tag());
            node.put("state", matrixRow.state().json());
            matrixRow.uncoveredDeclared().forEach(node.putArray("declaredStatusesUncovered")::add);
            operation.tags().forEach(node.putArray("tags")::add);
            ArrayNode statuses = node.putArray("statuses");
            for (Coverage.StatusCoverage status : operation.statuses()) {
                ObjectNode row = statuses.addObject();
                row.put("status", status.status());
                row.put("declaredInSpec", status.declared());
                row.put("specGap", status.specGap());
                row.put("exchangesValidated", status.exchanges());
                row.put("failures", status.failures());
                row.put("state", status.state().json());
                ObjectNode scenarios = row.putObject("scenarios");
                status.scenarios().forEach((source, names) -> names.forEach(scenarios.putArray(source.label())::add));
            }
        }
        ArrayNode uncovered = root.putArray("uncovered");
        for (ContractOperation operation : coverage.uncovered()) {
            operation(uncovered.addObject(), operation);
        }
        ArrayNode withoutRealScenario = root.putArray("withoutRecordedOrHandWrittenScenario");
        for (ContractOperation operation : coverage.withoutRealScenario()) {
            operation(withoutRealScenario.addObject(), operation);
        }
        ArrayNode failures = root.putArray("failures");
        for (CheckedExchange failure : coverage.failures()) {
            ObjectNode node = failures.addObject();
            node.put("scenario", failure.scenario());
            node.put("source", failure.source().label());
            node.put("operation", failure.operationKey());
            node.put("status", failure.status());
            failure.failures().forEach(node.putArray("violations")::add);
        }
        coverage.specGaps().forEach(root.putArray("specGaps")::add);
        coverage.unmatchedRequests().forEach(root.putArray("unmatchedRequests")::add);
        coverage.unusedRecordings().forEach(root.putArray("unusedRecordings")::add);
        ArrayNode skipped = root.putArray("skipped");
        context.skipped()
                .forEach(skip ->
                        skipped.addObject().put("scenario", skip.scenario()).put("reason", skip.reason()));
        ArrayNode observations = root.putArray("observations");
        context.observations()
                .forEach(observation -> observations
                        .addObject()
                        .put("scenario", observation.scenario())
                        .put("observation", observation.text()));
        context.notes().forEach(root.putArray("notes")::add);
        return root;
    }

    private static void operation(ObjectNode node, ContractOperation operation) {
        node.put("operation", operation.key()).put("name", operation.name()).put("tag", operation.tag());
        operation.tags().forEach(node.putArray("tags")::add);
    }
}
