package io.github.devinapi.bench;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH result in the table's terms: which comparison and side it belongs to, and its score with the time
 * per operation derived from it, whatever the mode.
 *
 * @param error JMH's 99.9% confidence half-width; NaN when there was a single iteration
 * @param cpuMicros CPU time of the benchmark JVM per operation ({@link CpuTimeProfiler}); NaN when not measured
 * @param cpuError its confidence half-width, as for {@code error}
 * @param allocatedBytes heap allocated per operation ({@link AllocationProfiler}); NaN when not measured
 */
record Measurement(
        Class<?> type,
        Method method,
        Map<String, String> params,
        int threads,
        double score,
        double error,
        String unit,
        double cpuMicros,
        double cpuError,
        double allocatedBytes) {

    Measurement {
        params = Map.copyOf(params);
    }

    static Measurement of(RunResult run) {
        BenchmarkParams params = run.getParams();
        String name = params.getBenchmark();
        int dot = name.lastIndexOf('.');
        Class<?> type = benchmarkClass(name.substring(0, dot));
        Method method;
        try {
            method = type.getMethod(name.substring(dot + 1), parameterTypes(type, name.substring(dot + 1)));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no public benchmark method " + name, e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        Result<?> primary = run.getPrimaryResult();
        Result<?> cpu = run.getSecondaryResults().get(CpuTimeProfiler.LABEL);
        Result<?> allocated = run.getSecondaryResults().get(AllocationProfiler.LABEL);
        return new Measurement(
                type,
                method,
                values,
                params.getThreads(),
                primary.getScore(),
                primary.getScoreError(),
                primary.getScoreUnit(),
                cpu == null ? Double.NaN : cpu.getScore(),
                cpu == null ? Double.NaN : cpu.getScoreError(),
                allocated == null ? Double.NaN : allocated.getScore());
    }

    Optional<Comparison> comparison() {
        return Optional.ofNullable(comparisonOf(type));
    }

    /** The comparison a benchmark class joins: its own, or its enclosing class's (a nested state with other params). */
    static Comparison comparisonOf(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            Comparison comparison = at.getAnnotation(Comparison.class);
            if (comparison != null) {
                return comparison;
            }
        }
        return null;
    }

    boolean isBaseline() {
        return method.isAnnotationPresent(Baseline.class);
    }

    boolean isReference() {
        return method.isAnnotationPresent(Reference.class);
    }

    /** The other sides this one is held to a target against, besides the baseline. */
    java.util.List<Against> against() {
        return java.util.List.of(method.getAnnotationsByType(Against.class));
    }

    String side() {
        Side side = method.getAnnotation(Side.class);
        return side != null ? side.value() : method.getName();
    }

    boolean judged() {
        Side side = method.getAnnotation(Side.class);
        return !isReference() && (side == null || side.judged());
    }

    /** Nanoseconds per operation: the score itself for a time mode, its inverse for throughput. */
    double nanosPerOp() {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalStateException("unexpected score unit " + unit);
        }
        if (parts[0].equals("ops")) {
            return nanos(parts[1]) / score;
        }
        if (parts[1].equals("op")) {
            return score * nanos(parts[0]);
        }
        throw new IllegalStateException("unexpected score unit " + unit);
    }

    /** The error relative to the score (the same for time per operation); 0 when unknown. */
    double relativeError() {
        return Double.isNaN(error) || score == 0 ? 0 : error / score;
    }

    boolean hasError() {
        return !Double.isNaN(error);
    }

    boolean hasCpu() {
        return !Double.isNaN(cpuMicros);
    }

    double cpuRelativeError() {
        return Double.isNaN(cpuError) || cpuMicros == 0 ? 0 : cpuError / cpuMicros;
    }

    /** The size this row was measured at: the value of the comparison's {@link PerUnit#param}. */
    double units(PerUnit perUnit) {
        String value = params.get(perUnit.param());
        if (value == null) {
            throw new IllegalStateException(method + " has no @Param " + perUnit.param());
        }
        return Double.parseDouble(value);
    }

    /** Within a comparison, rows with the same thread count and parameters are compared with one another. */
    String groupKey() {
        return threads + "|" + new TreeMap<>(params);
    }

    private static double nanos(String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "min" -> 60e9;
            default -> throw new IllegalStateException("unexpected time unit " + unit);
        };
    }

    /** JMH names a nested benchmark class with dots; the JVM with '$'. */
    static Class<?> benchmarkClass(String name) {
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate);
            } catch (ClassNotFoundException e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    throw new IllegalStateException("no benchmark class " + name, e);
                }
                candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
            }
        }
    }

    private static Class<?>[] parameterTypes(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)) {
                return method.getParameterTypes();
            }
        }
        return new Class<?>[0];
    }
}
