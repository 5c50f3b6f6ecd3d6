package io.github.devinapi.contract.report;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.scenario.ScenarioSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The overview's matrix: one row per operation of the spec (and one for exchanges that matched none),
 * grouped by tag, and one column per status that occurs or is declared. Groups and rows with a failure
 * come first; otherwise the spec's order is kept.
 *
 * @param columns status labels in order: "200", "422", and declared ranges or "default" as the spec writes them
 */
record CoverageMatrix(List<String> columns, List<TagGroup> groups) {

    /** The tag of the row for exchanges that matched no operation of the spec. */
    static final String NO_TAG = "no operation of the spec";

    record TagGroup(String tag, List<Row> rows) {

        boolean failed() {
            return rows.stream().anyMatch(Row::failed);
        }
    }

    /**
     * @param operation the operation of the spec, or null for the exchanges that matched none
     * @param coverage what the run saw of it, or null when it saw nothing
     * @param cells per column label, the cell; a label the operation neither declares nor saw has none
     * @param anchor the id of its details further down the page
     */
    record Row(
            String key,
            String name,
            ContractOperation operation,
            Coverage.OperationCoverage coverage,
            Map<String, Cell> cells,
            String anchor) {

        boolean failed() {
            return cells.values().stream().anyMatch(cell -> cell.state() == StatusState.FAILED);
        }

        /** The worst state of its cells, or UNCOVERED when the run saw nothing of it. */
        StatusState state() {
            StatusState state = StatusState.UNCOVERED;
            for (Cell cell : cells.values()) {
                state = state.worse(cell.state());
            }
            return state;
        }

        /** The labels the spec declares for it that no exchange covered ("422", "5XX"). */
        List<String> uncoveredDeclared() {
            return cells.entrySet().stream()
                    .filter(cell -> cell.getValue().state() == StatusState.UNCOVERED)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        String method() {
            return operation == null ? "" : operation.method();
        }

        String path() {
            return operation == null ? "" : operation.pathTemplate();
        }
    }

    /** One status of one operation: its state, the sources whose scenarios covered it, and its counts. */
    record Cell(StatusState state, Set<ScenarioSource> sources, int exchanges, int failures) {

        static final Cell UNCOVERED = new Cell(StatusState.UNCOVERED, Set.of(), 0, 0);
    }

    static CoverageMatrix of(Coverage coverage) {
        Map<String, Coverage.OperationCoverage> seen = new LinkedHashMap<>();
        coverage.operations().forEach(operation -> seen.put(operation.key(), operation));
        List<String> columns = columns(coverage);

        Map<String, List<Row>> byTag = new LinkedHashMap<>();
        for (ContractOperation operation : coverage.specOperations()) {
            Coverage.OperationCoverage covered = seen.remove(operation.key());
            byTag.computeIfAbsent(operation.tag(), tag -> new ArrayList<>())
                    .add(row(operation.key(), operation.name(), operation, covered, columns));
        }
        // What is left matched no operation of the spec (or one the spec given to Coverage lacks).
        seen.values()
                .forEach(covered -> byTag.computeIfAbsent(NO_TAG, tag -> new ArrayList<>())
                        .add(row(
                                covered.key(),
                                covered.name().isEmpty() ? covered.key() : covered.name(),
                                null,
                                covered,
                                columns)));

        List<TagGroup> groups = new ArrayList<>();
        byTag.forEach((tag, rows) -> {
            List<Row> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparing(row -> !row.failed()));
            groups.add(new TagGroup(tag, sorted));
        });
        groups.sort(Comparator.comparing(group -> !group.failed()));
        return new CoverageMatrix(List.copyOf(columns), withAnchors(groups));
    }

    /** Every row in the order of the page. */
    List<Row> rows() {
        return groups.stream().flatMap(group -> group.rows().stream()).toList();
    }

    private static List<TagGroup> withAnchors(List<TagGroup> groups) {
        List<TagGroup> anchored = new ArrayList<>();
        int index = 0;
        for (TagGroup group : groups) {
            List<Row> rows = new ArrayList<>();
            for (Row row : group.rows()) {
                rows.add(new Row(row.key(), row.name(), row.operation(), row.coverage(), row.cells(), "op-" + ++index));
            }
            anchored.add(new TagGroup(group.tag(), List.copyOf(rows)));
        }
        return List.copyOf(anchored);
    }

    private static List<String> columns(Coverage coverage) {
        Set<String> labels =
                new TreeSet<>(Comparator.comparingLong(CoverageMatrix::order).thenComparing(label -> label));
        coverage.specOperations()
                .forEach(operation -> operation.declaredStatuses().forEach(label -> labels.add(normal(label))));
        coverage.operations()
                .forEach(operation ->
                        operation.statuses().forEach(status -> labels.add(Integer.toString(status.status()))));
        return new ArrayList<>(labels);
    }

    private static Row row(
            String key,
            String name,
            ContractOperation operation,
            Coverage.OperationCoverage covered,
            List<String> columns) {
        Map<Integer, Coverage.StatusCoverage> statuses = new LinkedHashMap<>();
        if (covered != null) {
            covered.statuses().forEach(status -> statuses.put(status.status(), status));
        }
        Set<String> declared = new TreeSet<>();
        if (operation != null) {
            operation.declaredStatuses().forEach(label -> declared.add(normal(label)));
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (String column : columns) {
            Cell cell = isCode(column)
                    ? codeCell(statuses.get(Integer.parseInt(column)), declared.contains(column))
                    : declared.contains(column) ? rangeCell(column, declared, statuses.values()) : null;
            if (cell != null) {
                cells.put(column, cell);
            }
        }
        return new Row(key, name, operation, covered, cells, "");
    }

    private static Cell codeCell(Coverage.StatusCoverage status, boolean declared) {
        if (status == null) {
            return declared ? Cell.UNCOVERED : null;
        }
        return new Cell(status.state(), sources(status), status.exchanges(), status.failures());
    }

    /** A declared "4XX" or "default": the statuses seen that only it declares. */
    private static Cell rangeCell(String label, Set<String> declared, Iterable<Coverage.StatusCoverage> statuses) {
        StatusState state = null;
        Set<ScenarioSource> sources = EnumSet.noneOf(ScenarioSource.class);
        int exchanges = 0;
        int failures = 0;
        for (Coverage.StatusCoverage status : statuses) {
            if (declared.contains(Integer.toString(status.status())) || !under(label, status.status(), declared)) {
                continue;
            }
            state = state == null ? status.state() : state.worse(status.state());
            sources.addAll(sources(status));
            exchanges += status.exchanges();
            failures += status.failures();
        }
        return state == null ? Cell.UNCOVERED : new Cell(state, Set.copyOf(sources), exchanges, failures);
    }

    private static boolean under(String label, int status, Set<String> declared) {
        String range = status / 100 + "XX";
        return label.equals("default") ? !declared.contains(range) : label.equals(range);
    }

    private static Set<ScenarioSource> sources(Coverage.StatusCoverage status) {
        Set<ScenarioSource> sources = EnumSet.noneOf(ScenarioSource.class);
        status.scenarios().forEach((source, names) -> {
            if (!names.isEmpty()) {
                sources.add(source);
            }
        });
        return Set.copyOf(sources);
    }

    private static boolean isCode(String label) {
        return label.matches("\\d{3}");
    }

    private static String normal(String label) {
        return label.matches("\\d[xX]{2}") ? label.toUpperCase(Locale.ROOT) : label;
    }

    /** 200 before 201 before 2XX before 300; "default" and anything else last. */
    private static long order(String label) {
        if (isCode(label)) {
            return Long.parseLong(label) * 10;
        }
        if (label.matches("\\d[xX]{2}")) {
            return (label.charAt(0) - '0') * 1000L + 995;
        }
        return Long.MAX_VALUE;
    }
}
