package io.github.devinapi.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paired measurement: the sides of one comparison in one JVM, taking turns in short slices (100 ms each by
 * default: every side, then every side again in reverse order, for many rounds), so that load that comes and
 * goes on a shared machine weighs on every side within the same second ({@link TakingTurns}); a ratio between two
 * sides is then the median of their per-round ratios, with the 95% confidence interval of that median ({@link
 * PairedSession#ratio}). The sides share one JVM, and so the JIT's profiles, where the JMH forks keep them apart:
 * the two measurements answer the same question differently.
 *
 * <p>The runner starts one per comparison, thread count and parameter set, after the JMH forks. By hand:
 *
 * <pre>
 * java -cp "$(cat benchmarks/target/classpath.txt)" -Ddevin.spec.file=spec/v2-openapi.yaml \
 *     io.github.devinapi.bench.Interleaved --class=CallOverheadBenchmark --sides=rawOkHttp,handWritten,devinClient
 * </pre>
 *
 * Options: {@code --threads=N} (each slice runs the side on N threads at once), {@code --params=users=1000;...}
 * (JMH {@code @Param} fields), {@code --rounds=60}, {@code --slice-ms=100}, {@code --warmup-rounds=} (a third of the
 * rounds, at least 10), {@code --out=file.json}.
 */
public final class Interleaved {

    private Interleaved() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Flags.parse(args);
        String className = options.get("class");
        String prefix = Interleaved.class.getPackageName() + ".";
        Class<?> type = Measurement.benchmarkClass(className.startsWith(prefix) ? className : prefix + className);
        List<String> names = List.of(options.get("sides").split(","));
        int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "60"));
        long sliceMillis = Long.parseLong(options.getOrDefault("slice-ms", "100"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup-rounds", String.valueOf(Math.max(10, rounds / 3))));
        Map<String, String> params = new LinkedHashMap<>();
        if (!options.getOrDefault("params", "").isBlank()) {
            for (String pair : options.get("params").split(";")) {
                String[] keyValue = pair.split("=", 2);
                params.put(keyValue[0], keyValue[1]);
            }
        }

        JmhState state = JmhState.create(type, params);
        state.setUp();
        PairedSession session;
        try {
            session = TakingTurns.measure(state, names, threads, rounds, warmup, sliceMillis, params);
        } finally {
            state.tearDown();
        }
        PairedSummary.print(session);
        if (options.containsKey("out")) {
            session.write(Path.of(options.get("out")));
        }
        System.exit(0); // threads a benchmark's clients left behind do not keep this JVM up
    }
}
