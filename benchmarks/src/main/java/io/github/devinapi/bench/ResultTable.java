package io.github.devinapi.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The table the bench command prints: one section per {@link Comparison} (in number order, {@link
 * ComparisonSection}), each row with its ratio to the baseline of the same run, and the build timings as section
 * {@value #BUILD_SECTION} ({@link BuildSection}).
 */
final class ResultTable {

    static final int BUILD_SECTION = 5;

    private ResultTable() {}

    static String render(List<String> header, List<Measurement> measurements, BuildTimes build, boolean smoke) {
        return render(header, measurements, Map.of(), build, smoke);
    }

    /** The key of a paired session: the benchmark class, thread count and parameters it ran with. */
    static String pairedKey(Class<?> type, int threads, Map<String, String> params) {
        return type.getName() + "|" + threads + "|" + new TreeMap<>(params);
    }

    /**
     * @param paired the paired measurements ({@link Interleaved}), by {@link #pairedKey}; a row that has one is
     *     judged on its paired wall-time ratio, one that has none on the JMH wall-time ratio
     */
    static String render(
            List<String> header,
            List<Measurement> measurements,
            Map<String, PairedSession> paired,
            BuildTimes build,
            boolean smoke) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        if (smoke) {
            out.append("SMOKE RUN: one short iteration each, to prove the benchmarks run. The figures mean nothing.\n");
        }
        Map<Integer, String> sections = new TreeMap<>();
        Map<Comparison, List<Measurement>> byComparison = measurements.stream()
                .filter(m -> m.comparison().isPresent())
                .collect(Collectors.groupingBy(
                        m -> m.comparison().orElseThrow(), LinkedHashMap::new, Collectors.toList()));
        byComparison.forEach((comparison, rows) ->
                sections.put(comparison.number(), ComparisonSection.render(comparison, rows, paired, smoke)));
        if (build != null) {
            sections.put(BUILD_SECTION, BuildSection.render(build));
        }
        sections.values().forEach(section -> out.append('\n').append(section));
        return out.toString().lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }
}
