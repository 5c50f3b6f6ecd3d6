package io.github.devinapi.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH options of one fork of one benchmark with fixed parameters. */
final class ForkOptions {

    private ForkOptions() {}

    static Options of(BenchmarkListEntry side, Map<String, String> params, BenchSettings settings) {
        boolean smoke = settings.smoke();
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include("^" + Pattern.quote(side.getUsername()) + "$")
                .forks(1)
                .shouldFailOnError(true)
                .addProfiler(CpuTimeProfiler.class)
                .addProfiler(AllocationProfiler.class)
                // A fixed heap, the spec for the suite's validator; nothing inherited from this launcher.
                .jvmArgs("-Xms1g", "-Xmx1g", "-Ddevin.spec.file=" + settings.spec(), "-Dbench.smoke=" + smoke);
        String extraJvmArgs = settings.jvmArgs().trim();
        if (!extraJvmArgs.isEmpty()) {
            jmh.jvmArgsAppend(extraJvmArgs.split("\\s+"));
        }
        params.forEach(jmh::param);
        if (side.getMode() == Mode.SingleShotTime) {
            // A shot is a whole run (e.g. thousands of scenarios): a few shots, after one to warm up.
            jmh.warmupIterations(smoke ? 0 : 1).measurementIterations(smoke ? 1 : 3);
        } else if (smoke) {
            jmh.warmupIterations(1)
                    .warmupTime(TimeValue.milliseconds(100))
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(200));
        } else {
            // Long warm-up: with two cores shared, the JIT compilers need about ten seconds to settle.
            jmh.warmupIterations(5)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(1));
        }
        addProfilers(jmh, settings.prof(), settings.out());
        return jmh.build();
    }

    /** The profilers asked for, comma-separated, each {@code name} or {@code name:options}. */
    private static void addProfilers(ChainedOptionsBuilder jmh, String profilers, Path out) {
        for (String profiler : profilers.split(",")) {
            if (!profiler.isBlank()) {
                String[] nameAndOptions = profiler.trim().split(":", 2);
                String profilerOptions = nameAndOptions.length > 1 ? nameAndOptions[1] : "";
                if (nameAndOptions[0].equals("jfr") && !profilerOptions.contains("dir=")) {
                    // Under target/, not the working directory.
                    profilerOptions += (profilerOptions.isEmpty() ? "" : ";") + "dir=" + out.resolve("jfr");
                }
                jmh.addProfiler(nameAndOptions[0], profilerOptions);
            }
        }
    }
}
