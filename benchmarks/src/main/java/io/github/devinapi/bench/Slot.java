package io.github.devinapi.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * The sides of one comparison at one thread count and one parameter set: what the runner measures in turn.
 *
 * @param sides the baseline first, then the others by name
 */
record Slot(List<BenchmarkListEntry> sides, Map<String, String> params) {

    /** The slots of these benchmarks, by comparison number, thread count, and parameters in declared order. */
    static List<Slot> of(Collection<BenchmarkListEntry> entries) {
        List<BenchmarkListEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Slot::comparisonNumber)
                .thenComparing(entry -> entry.getThreads().orElse(1))
                .thenComparing(entry -> !isBaseline(entry))
                .thenComparing(BenchmarkListEntry::getUsername));
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (BenchmarkListEntry entry : sorted) {
            for (Map<String, String> params : combinations(entry.getParams().orElse(Map.of()))) {
                String key = comparisonKey(entry) + "|" + entry.getThreads().orElse(1) + "|" + params;
                slots.computeIfAbsent(key, k -> new Slot(new ArrayList<>(), params))
                        .sides()
                        .add(entry);
            }
        }
        return List.copyOf(slots.values());
    }

    private static List<Map<String, String>> combinations(Map<String, String[]> params) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Map.Entry<String, String[]> param : params.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> combination : combinations) {
                for (String value : param.getValue()) {
                    Map<String, String> extended = new LinkedHashMap<>(combination);
                    extended.put(param.getKey(), value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    private static String comparisonKey(BenchmarkListEntry entry) {
        Comparison comparison = Measurement.comparisonOf(type(entry));
        return comparison != null ? "#" + comparison.number() : entry.getUserClassQName();
    }

    private static int comparisonNumber(BenchmarkListEntry entry) {
        Comparison comparison = Measurement.comparisonOf(type(entry));
        return comparison != null ? comparison.number() : Integer.MAX_VALUE;
    }

    private static boolean isBaseline(BenchmarkListEntry entry) {
        String name = entry.getUsername().substring(entry.getUsername().lastIndexOf('.') + 1);
        for (Method method : type(entry).getMethods()) {
            if (method.getName().equals(name) && method.isAnnotationPresent(Baseline.class)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> type(BenchmarkListEntry entry) {
        return Measurement.benchmarkClass(entry.getUserClassQName());
    }
}
