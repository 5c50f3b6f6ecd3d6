package io.github.devinapi.bench;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One comparison's section of the table: its title and target, then its rows grouped by thread count and
 * parameters, each group's sides compared with its baseline, and the growth lines when it measures a cost per unit.
 */
final class ComparisonSection {

    private ComparisonSection() {}

    static String render(
            Comparison comparison, List<Measurement> rows, Map<String, PairedSession> paired, boolean smoke) {
        StringBuilder out = new StringBuilder();
        out.append(comparison.number()).append("  ").append(comparison.title()).append('\n');
        out.append("   target: ").append(comparison.target()).append('\n');
        PerUnit perUnit = annotation(rows, PerUnit.class);
        Allocation allocation = annotation(rows, Allocation.class);
        out.append(TableFormat.row(
                "side",
                "params",
                "thr",
                "score ± error",
                "unit",
                "cpu us/op",
                perUnit == null ? "" : "per " + perUnit.unit(),
                "wall ratio",
                "cpu ratio",
                "paired wall",
                "paired cpu",
                smoke ? "" : "verdict"));

        List<Measurement> ordered = rows.stream().sorted(rowOrder(perUnit)).toList();
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        ordered.forEach(m ->
                groups.computeIfAbsent(m.groupKey(), key -> new ArrayList<>()).add(m));
        for (List<Measurement> group : groups.values()) {
            Optional<Measurement> baseline =
                    group.stream().filter(Measurement::isBaseline).findFirst();
            for (Measurement m : group) {
                PairedSession session = paired.get(ResultTable.pairedKey(m.type(), m.threads(), m.params()));
                out.append(SideRow.render(comparison, perUnit, m, baseline, session, smoke));
                out.append(AllocationLine.render(allocation, m, smoke));
                for (Against against : m.against()) {
                    group.stream()
                            .filter(other -> other.method().getName().equals(against.value()))
                            .findFirst()
                            .ifPresent(other ->
                                    out.append(AgainstRow.render(m, other, against.maxRatio(), session, smoke)));
                }
            }
        }
        if (perUnit != null) {
            out.append(GrowthLines.render(perUnit, ordered, smoke));
        }
        return out.toString();
    }

    /** The annotation as the first of the comparison's classes that carries it has it (a class may add a row only). */
    private static <A extends Annotation> A annotation(List<Measurement> rows, Class<A> type) {
        return rows.stream()
                .map(m -> m.type().getAnnotation(type))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Threads, then the size parameter (numerically), then the baseline, the references, the judged sides, the breakdowns. */
    private static Comparator<Measurement> rowOrder(PerUnit perUnit) {
        return Comparator.comparingInt(Measurement::threads)
                .thenComparingDouble(m -> perUnit == null ? 0 : m.units(perUnit))
                .thenComparing(m -> new TreeMap<>(m.params()).toString())
                .thenComparing(m -> !m.isBaseline())
                .thenComparing(m -> !m.isReference())
                .thenComparing(m -> !m.judged())
                .thenComparing(Measurement::side);
    }
}
