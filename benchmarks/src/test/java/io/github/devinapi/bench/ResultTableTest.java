package io.github.devinapi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bench table")
class ResultTableTest {

    @Comparison(number = 7, title = "Sample comparison", target = "ratio <= 1.15", maxRatio = 1.15)
    @PerUnit(param = "n", unit = "item", maxExponent = 1.2)
    public static class Sample {

        @Baseline
        @Side("the baseline")
        public void base() {}

        @Side("the candidate")
        public void candidate() {}

        @Side(value = "a breakdown", judged = false)
        public void breakdown() {}
    }

    @Test
    @DisplayName("gives each side its time ratio to the baseline with the same parameters, and a verdict")
    void ratiosAndVerdicts() {
        List<Measurement> rows = List.of(
                time("base", 10, 100, 1),
                time("candidate", 10, 200, 1),
                time("base", 1000, 1000, 1),
                time("candidate", 1000, 1100, 1),
                time("breakdown", 1000, 5000, 1));

        String table = ResultTable.render(List.of("header"), rows, null, false);

        assertThat(table).contains("7  Sample comparison", "target: ratio <= 1.15");
        assertThat(line(table, "the candidate", "n=10")).contains("2.00 ±").contains("MISSED (> 1.15)");
        assertThat(line(table, "the candidate", "n=1000")).contains("1.10 ±").contains("met (<= 1.15)");
        assertThat(line(table, "a breakdown", "n=1000"))
                .contains("5.00")
                .contains("(breakdown)")
                .doesNotContain("MISSED");
    }

    @Comparison(
            number = 8,
            title = "Sample with references",
            target = "candidate <= 1.2x the floor, <= 1.1x the reference",
            maxRatio = 1.2)
    @Allocation(per = "size", unit = "body byte", max = 3, at = "n=10")
    public static class WithReferences {

        public static long size(Map<String, String> params) {
            return 100;
        }

        @Baseline
        @Side("the floor")
        public void floor() {}

        @Reference
        @Side("the reference")
        public void reference() {}

        @Side("the candidate")
        @Against(value = "reference", maxRatio = 1.1)
        public void candidate() {}
    }

    @Test
    @DisplayName("judges a side against a reference too, on a line of its own, and shows references unjudged")
    void references() {
        List<Measurement> rows = List.of(
                row(WithReferences.class, "floor", 100),
                row(WithReferences.class, "reference", 110),
                row(WithReferences.class, "candidate", 130));

        String table = ResultTable.render(List.of(), rows, null, false);

        assertThat(line(table, "reference: the reference")).contains("1.10").contains("(reference)");
        assertThat(line(table, "the candidate", "1.30")).contains("MISSED (> 1.2)");
        assertThat(line(table, "vs the reference")).contains("1.18").contains("MISSED (> 1.1)");
    }

    @Test
    @DisplayName("judges on the paired ratio where there is one, and shows both")
    void paired() {
        List<Measurement> rows = List.of(
                row(WithReferences.class, "floor", 100),
                row(WithReferences.class, "reference", 100),
                row(WithReferences.class, "candidate", 130));
        double[] floor = {10, 11, 10, 12, 10};
        PairedSession session = new PairedSession(
                WithReferences.class.getName(),
                1,
                Map.of("n", "10"),
                5,
                100,
                List.of("floor", "reference", "candidate"),
                Map.of(
                        "floor",
                        floor,
                        "reference",
                        new double[] {10.5, 11.5, 10.5, 12.5, 10.5},
                        "candidate",
                        new double[] {11, 12.1, 11, 13.2, 11}),
                Map.of("floor", floor, "reference", floor, "candidate", floor),
                Map.of("floor", floor, "reference", floor, "candidate", floor));

        String table = ResultTable.render(
                List.of(),
                rows,
                Map.of(ResultTable.pairedKey(WithReferences.class, 1, Map.of("n", "10")), session),
                null,
                false);

        assertThat(line(table, "the candidate", "1.30")).contains("1.10 ±0.00").contains("met (<= 1.2)");
        assertThat(line(table, "vs the reference")).contains("met (<= 1.1)");
    }

    @Test
    @DisplayName("adds the heap allocated per operation against the memory target")
    void allocation() {
        Measurement candidate = allocating("candidate", 250);
        Measurement floor = allocating("floor", 400);

        String table = ResultTable.render(List.of(), List.of(floor, candidate), null, false);

        assertThat(line(table, "heap allocated per call 250.0 B = 2.50 per body byte (100): met (<= 3)"))
                .isNotBlank();
        assertThat(line(table, "heap allocated per call 400.0 B = 4.00 per body byte (100)"))
                .doesNotContain("MISSED");
    }

    private static Measurement row(Class<?> type, String method, double micros) {
        return measured(type, method, 10, micros, 1);
    }

    /** 100 µs per call of a 100-byte body, allocating {@code bytes} per call. */
    private static Measurement allocating(String method, double bytes) {
        return new Measurement(
                WithReferences.class,
                method(WithReferences.class, method),
                Map.of("n", "10"),
                1,
                100,
                1,
                "us/op",
                100,
                1,
                bytes);
    }

    private static java.lang.reflect.Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("reads throughput as its inverse, so a slower side has a ratio above 1")
    void throughput() {
        Measurement base = new Measurement(
                Sample.class,
                method("base"),
                Map.of("n", "1"),
                1,
                1000,
                10,
                "ops/s",
                Double.NaN,
                Double.NaN,
                Double.NaN);
        Measurement slower = new Measurement(
                Sample.class,
                method("candidate"),
                Map.of("n", "1"),
                1,
                800,
                8,
                "ops/s",
                Double.NaN,
                Double.NaN,
                Double.NaN);

        String table = ResultTable.render(List.of(), List.of(base, slower), null, false);

        assertThat(line(table, "the candidate", "n=1")).contains("1.25 ±");
    }

    @Test
    @DisplayName("says 'inconclusive' when the target lies within the error")
    void inconclusive() {
        assertThat(Verdicts.judge(1.10, 0.10, 1.15)).startsWith("inconclusive");
        assertThat(Verdicts.judge(1.10, 0.01, 1.15)).startsWith("met");
        assertThat(Verdicts.judge(1.30, 0.10, 1.15)).startsWith("MISSED");
    }

    @Test
    @DisplayName("shows the cost per unit and the growth exponent between the two largest sizes")
    void growth() {
        List<Measurement> rows = new ArrayList<>();
        for (int n : new int[] {100, 1000, 10000}) {
            rows.add(time("base", n, 5.0 * n, 1)); // linear
            rows.add(time("candidate", n, 0.001 * n * n, 1)); // quadratic
        }

        String table = ResultTable.render(List.of(), rows, null, false);

        assertThat(table).contains("ns per item, the baseline: 100: 5,000 | 1,000: 5,000 | 10,000: 5,000");
        assertThat(line(table, "growth", "n^1.00")).contains("met (<= 1.2)");
        assertThat(line(table, "growth", "n^2.00")).contains("MISSED (> 1.2)");
    }

    @Test
    @DisplayName("adds the build timings as their own section, with medians")
    void buildTimes() {
        BuildTimes build = new BuildTimes(
                false,
                "verify",
                "Apache Maven 3.9.16",
                "17.0.13",
                3,
                40.0,
                List.of(30.0, 34.0, 32.0),
                List.of(10.0, 12.0, 11.0));

        String table = ResultTable.render(List.of(), List.of(), build, false);

        assertThat(table).contains("5  Build: ./mvnw verify", "after a priming build of 40.0 s");
        assertThat(line(table, "full build", "32.0 s")).contains("runs: 30.0, 34.0, 32.0");
        assertThat(line(table, "no-change rebuild", "11.0 s")).contains("0.34x of the full build");
    }

    @Test
    @DisplayName("marks a smoke run, and judges nothing in it")
    void smoke() {
        String table = ResultTable.render(
                List.of(), List.of(time("base", 10, 100, 1), time("candidate", 10, 900, 1)), null, true);

        assertThat(table).contains("SMOKE RUN").doesNotContain("MISSED");
    }

    private static Measurement time(String method, int n, double micros, int threads) {
        return measured(Sample.class, method, n, micros, threads);
    }

    /** A time per call, its CPU time the same, both with an error of 1%. */
    private static Measurement measured(Class<?> type, String method, int n, double micros, int threads) {
        return new Measurement(
                type,
                method(type, method),
                Map.of("n", String.valueOf(n)),
                threads,
                micros,
                micros / 100,
                "us/op",
                micros,
                micros / 100,
                Double.NaN);
    }

    private static java.lang.reflect.Method method(String name) {
        return method(Sample.class, name);
    }

    private static String line(String table, String... parts) {
        return table.lines()
                .filter(line -> List.of(parts).stream().allMatch(line::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + List.of(parts) + " in\n" + table));
    }
}
