package io.github.devinapi.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The table the bench command prints: one section per {@link Comparison} (in number order), each row with its
 * ratio to the baseline of the same run, and the build timings as section {@value #BUILD_SECTION}.
 */
final class ResultTable {

    static final int BUILD_SECTION = 5;
    private static final String ROW = "   %-58s %-12s %3s %19s %-6s %9s %12s %12s %12s %14s %14s  %s%n";

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
            Map<String, Interleaved.Session> paired,
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
        byComparison.forEach(
                (comparison, rows) -> sections.put(comparison.number(), comparison(comparison, rows, paired, smoke)));
        if (build != null) {
            sections.put(BUILD_SECTION, build(build));
        }
        sections.values().forEach(section -> out.append('\n').append(section));
        return out.toString().lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String comparison(
            Comparison comparison, List<Measurement> rows, Map<String, Interleaved.Session> paired, boolean smoke) {
        StringBuilder out = new StringBuilder();
        out.append(comparison.number()).append("  ").append(comparison.title()).append('\n');
        out.append("   target: ").append(comparison.target()).append('\n');
        PerUnit perUnit = annotation(rows, PerUnit.class);
        Allocation allocation = annotation(rows, Allocation.class);
        out.append(String.format(
                Locale.ROOT,
                ROW,
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

        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        rows.stream()
                .sorted(rowOrder(perUnit))
                .forEach(m -> groups.computeIfAbsent(m.groupKey(), key -> new ArrayList<>())
                        .add(m));
        for (List<Measurement> group : groups.values()) {
            Optional<Measurement> baseline =
                    group.stream().filter(Measurement::isBaseline).findFirst();
            for (Measurement m : group) {
                Interleaved.Session session = paired.get(pairedKey(m.type(), m.threads(), m.params()));
                out.append(row(comparison, perUnit, m, baseline, session, smoke));
                out.append(allocation(allocation, m, smoke));
                for (Against against : m.against()) {
                    group.stream()
                            .filter(other -> other.method().getName().equals(against.value()))
                            .findFirst()
                            .ifPresent(other -> out.append(against(m, other, against.maxRatio(), session, smoke)));
                }
            }
        }
        if (perUnit != null) {
            out.append(growth(perUnit, rows, smoke));
        }
        return out.toString();
    }

    private static String row(
            Comparison comparison,
            PerUnit perUnit,
            Measurement m,
            Optional<Measurement> baseline,
            Interleaved.Session session,
            boolean smoke) {
        String side = (m.isBaseline() ? "baseline: " : m.isReference() ? "reference: " : "") + m.side();
        String params = m.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        String score = number(m.score()) + (m.hasError() ? " ± " + number(m.error()) : "");
        String cpu = m.hasCpu() ? number(m.cpuMicros()) : "";
        String unitCost = perUnit == null ? "" : number(m.nanosPerOp() / units(m, perUnit)) + " ns";
        String wallRatio = "";
        String cpuRatio = "";
        String pairedWall = "";
        String pairedCpu = "";
        String verdict = "";
        if (baseline.isPresent() && m.isBaseline()) {
            wallRatio = "1";
            cpuRatio = m.hasCpu() ? "1" : "";
            if (pairedRatio(session, m, m, true) != null) {
                pairedWall = "1";
                pairedCpu = "1";
            }
        } else if (baseline.isPresent()) {
            Measurement base = baseline.get();
            double value = m.nanosPerOp() / base.nanosPerOp();
            double error = value * Math.hypot(m.relativeError(), base.relativeError());
            wallRatio = ratio(value, m.hasError() && base.hasError() ? error : Double.NaN);
            if (m.hasCpu() && base.hasCpu()) {
                double cpuValue = m.cpuMicros() / base.cpuMicros();
                cpuRatio = ratio(cpuValue, cpuValue * Math.hypot(m.cpuRelativeError(), base.cpuRelativeError()));
            }
            double[] wall = pairedRatio(session, m, base, true);
            double[] thread = pairedRatio(session, m, base, false);
            if (wall != null) {
                pairedWall = ratio(wall[0], wall[1]);
                pairedCpu = ratio(thread[0], thread[1]);
            }
            if (!smoke) {
                verdict =
                        wall != null ? verdict(comparison, m, wall[0], wall[1]) : verdict(comparison, m, value, error);
            }
        }
        return String.format(
                Locale.ROOT,
                ROW,
                cut(side, 58),
                params,
                m.threads(),
                score,
                m.unit(),
                cpu,
                unitCost,
                wallRatio,
                cpuRatio,
                pairedWall,
                pairedCpu,
                verdict);
    }

    /** The line under a side with its ratio to another side of the group, and the verdict on it. */
    private static String against(
            Measurement m, Measurement other, double maxRatio, Interleaved.Session session, boolean smoke) {
        double value = m.nanosPerOp() / other.nanosPerOp();
        double error = value * Math.hypot(m.relativeError(), other.relativeError());
        String cpuRatio = "";
        if (m.hasCpu() && other.hasCpu()) {
            double cpuValue = m.cpuMicros() / other.cpuMicros();
            cpuRatio = ratio(cpuValue, cpuValue * Math.hypot(m.cpuRelativeError(), other.cpuRelativeError()));
        }
        double[] wall = pairedRatio(session, m, other, true);
        double[] thread = pairedRatio(session, m, other, false);
        String verdict = smoke
                ? ""
                : wall != null
                        ? judge(wall[0], wall[1], maxRatio)
                        : judge(value, m.hasError() && other.hasError() ? error : 0, maxRatio);
        return String.format(
                Locale.ROOT,
                ROW,
                cut("  vs " + other.side(), 58),
                "",
                "",
                "",
                "",
                "",
                "",
                ratio(value, m.hasError() && other.hasError() ? error : Double.NaN),
                cpuRatio,
                wall == null ? "" : ratio(wall[0], wall[1]),
                thread == null ? "" : ratio(thread[0], thread[1]),
                verdict);
    }

    /** The annotation as the first of the comparison's classes that carries it has it (a class may add a row only). */
    private static <A extends java.lang.annotation.Annotation> A annotation(List<Measurement> rows, Class<A> type) {
        return rows.stream()
                .map(m -> m.type().getAnnotation(type))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The line under a side with the heap it allocates per operation, against the comparison's memory target. */
    private static String allocation(Allocation target, Measurement m, boolean smoke) {
        if (target == null || Double.isNaN(m.allocatedBytes())) {
            return "";
        }
        long size;
        try {
            Class<?> owner = m.type().getEnclosingClass() != null && !hasMethod(m.type(), target.per())
                    ? m.type().getEnclosingClass()
                    : m.type();
            size = (long) owner.getMethod(target.per(), Map.class).invoke(null, m.params());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(m.type() + " has no public static long " + target.per() + "(Map)", e);
        }
        double times = m.allocatedBytes() / size;
        String verdict = "";
        if (!smoke && m.judged() && !m.isBaseline()) {
            String[] at = target.at().isEmpty() ? null : target.at().split("=", 2);
            if (at == null || at[1].equals(m.params().get(at[0]))) {
                verdict = times <= target.max()
                        ? "met (<= " + trim(target.max()) + ")"
                        : "MISSED (> " + trim(target.max()) + ")";
            }
        }
        return String.format(
                Locale.ROOT,
                "   %-58s %s%n",
                "",
                String.format(
                        Locale.ROOT,
                        "heap allocated per call %s B = %.2f per %s (%,d)%s",
                        number(m.allocatedBytes()),
                        times,
                        target.unit(),
                        size,
                        verdict.isEmpty() ? "" : ": " + verdict));
    }

    private static boolean hasMethod(Class<?> type, String name) {
        return java.util.Arrays.stream(type.getMethods())
                .anyMatch(method -> method.getName().equals(name));
    }

    /** The paired ratio (median, 95% half-width) of {@code m} to {@code base}: wall time, or CPU of the calling threads. */
    private static double[] pairedRatio(Interleaved.Session session, Measurement m, Measurement base, boolean wall) {
        if (session == null) {
            return null;
        }
        Map<String, double[]> series = wall ? session.wall() : session.threadCpu();
        double[] side = series.get(m.method().getName());
        double[] other = series.get(base.method().getName());
        return side == null || other == null ? null : Interleaved.Session.ratio(side, other);
    }

    private static String ratio(double value, double error) {
        return String.format(Locale.ROOT, "%.2f", value)
                + (Double.isNaN(error) || error == 0 ? "" : String.format(Locale.ROOT, " ±%.2f", error));
    }

    private static String verdict(Comparison comparison, Measurement m, double value, double error) {
        if (m.isReference()) {
            return "(reference)";
        }
        if (!m.judged()) {
            return "(breakdown)";
        }
        if (comparison.maxRatio() <= 0) {
            return "";
        }
        if (!comparison.targetAt().isEmpty()) {
            String[] at = comparison.targetAt().split("=", 2);
            if (!at[1].equals(m.params().get(at[0]))) {
                return "";
            }
        }
        return judge(value, error, comparison.maxRatio());
    }

    /** "met" only when the value is within the target even at the top of its error; "missed" only when clearly out. */
    static String judge(double value, double error, double max) {
        if (value + error <= max) {
            return "met (<= " + trim(max) + ")";
        }
        if (value - error > max) {
            return "MISSED (> " + trim(max) + ")";
        }
        return "inconclusive: target within the error";
    }

    /** Cost per unit at each size, and the growth exponent between the two largest sizes, per side and thread count. */
    private static String growth(PerUnit perUnit, List<Measurement> rows, boolean smoke) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Measurement>> bySide = rows.stream()
                .sorted(rowOrder(perUnit))
                .collect(Collectors.groupingBy(
                        m -> m.side() + (m.threads() == 1 ? "" : ", " + m.threads() + " threads"),
                        LinkedHashMap::new,
                        Collectors.toList()));
        bySide.forEach((side, sizes) -> {
            if (sizes.size() < 2) {
                return;
            }
            String curve = sizes.stream()
                    .map(m -> String.format(
                            Locale.ROOT,
                            "%,d: %s",
                            (long) units(m, perUnit),
                            number(m.nanosPerOp() / units(m, perUnit))))
                    .collect(Collectors.joining(" | "));
            Measurement smaller = sizes.get(sizes.size() - 2);
            Measurement larger = sizes.get(sizes.size() - 1);
            double steps = Math.log(units(larger, perUnit) / units(smaller, perUnit));
            double exponent = Math.log(larger.nanosPerOp() / smaller.nanosPerOp()) / steps;
            double error = Math.hypot(larger.relativeError(), smaller.relativeError()) / steps;
            out.append(String.format(Locale.ROOT, "   ns per %s, %s: %s%n", perUnit.unit(), side, curve));
            out.append(String.format(
                    Locale.ROOT,
                    "     growth %,d -> %,d %ss: time ~ n^%.2f%s (1 linear, 2 quadratic)%s%n",
                    (long) units(smaller, perUnit),
                    (long) units(larger, perUnit),
                    perUnit.unit(),
                    exponent,
                    error > 0 ? String.format(Locale.ROOT, " ±%.2f", error) : "",
                    smoke || perUnit.maxExponent() <= 0 ? "" : ": " + judge(exponent, error, perUnit.maxExponent())));
        });
        return out.toString();
    }

    private static String build(BuildTimes build) {
        StringBuilder out = new StringBuilder();
        out.append(BUILD_SECTION)
                .append("  Build: ./mvnw ")
                .append(build.goal())
                .append(" wall time on a scratch copy of the tree, warm local repository\n");
        out.append("   ")
                .append(build.maven())
                .append(", Maven on Java ")
                .append(build.mavenJava())
                .append("; ")
                .append(build.runs())
                .append(build.runs() == 1 ? " run" : " runs")
                .append(" each (median)")
                .append(
                        build.primingSeconds() == null
                                ? ""
                                : String.format(
                                        Locale.ROOT, ", after a priming build of %.1f s", build.primingSeconds()))
                .append('\n');
        double full = BuildTimes.median(build.fullSeconds());
        double noChange = BuildTimes.median(build.noChangeSeconds());
        out.append(String.format(
                Locale.ROOT,
                "   %-58s %8.1f s   runs: %s%n",
                "full build (no target/ folders)",
                full,
                BuildTimes.list(build.fullSeconds())));
        out.append(String.format(
                Locale.ROOT,
                "   %-58s %8.1f s   runs: %s   (%.2fx of the full build)%n",
                "no-change rebuild",
                noChange,
                BuildTimes.list(build.noChangeSeconds()),
                noChange / full));
        return out.toString();
    }

    /** Threads, then the size parameter (numerically), then the baseline, the references, the judged sides, the breakdowns. */
    private static Comparator<Measurement> rowOrder(PerUnit perUnit) {
        return Comparator.comparingInt(Measurement::threads)
                .thenComparingDouble(m -> perUnit == null ? 0 : units(m, perUnit))
                .thenComparing(m -> new TreeMap<>(m.params()).toString())
                .thenComparing(m -> !m.isBaseline())
                .thenComparing(m -> !m.isReference())
                .thenComparing(m -> !m.judged())
                .thenComparing(Measurement::side);
    }

    private static double units(Measurement m, PerUnit perUnit) {
        String value = m.params().get(perUnit.param());
        if (value == null) {
            throw new IllegalStateException(m.method() + " has no @Param " + perUnit.param());
        }
        return Double.parseDouble(value);
    }

    /** Three significant figures or more, thousands separated. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        double magnitude = Math.abs(value);
        String format = magnitude >= 1000 ? "%,.0f" : magnitude >= 100 ? "%.1f" : magnitude >= 10 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, value);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
