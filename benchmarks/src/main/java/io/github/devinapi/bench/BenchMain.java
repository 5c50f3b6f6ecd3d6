package io.github.devinapi.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The bench command: runs every JMH benchmark of this module (each with its baseline, in the same run), then
 * benchmarks/build-time.sh, and prints one table. Writes jmh-result.json, build-time.json and bench-table.txt
 * to the output directory. A benchmark class joins the table by carrying {@link Comparison}; nothing here lists
 * them.
 *
 * <p>Arguments ({@code --name=value}): smoke, include (regex on benchmark names), rounds (forks per benchmark,
 * default 2), build-time, prof (JMH profilers, comma-separated, each {@code name} or {@code name:options}),
 * jvm-args (more options for the benchmark JVMs, space-separated), spec, build-time-script, out.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws IOException, InterruptedException, RunnerException {
        Map<String, String> options = parse(args);
        boolean smoke = Boolean.parseBoolean(options.getOrDefault("smoke", "false"));
        Path out = Path.of(options.getOrDefault("out", "target"));
        Files.createDirectories(out);
        // For running a benchmark class by hand on the same classpath (Interleaved, a profiler).
        Files.writeString(out.resolve("classpath.txt"), System.getProperty("java.class.path"), StandardCharsets.UTF_8);

        String roundsOption = options.getOrDefault("rounds", "");
        int rounds = roundsOption.isBlank() ? (smoke ? 1 : 2) : Integer.parseInt(roundsOption);
        List<String> header = header(smoke, rounds);
        header.forEach(System.out::println);

        Collection<RunResult> results = runJmh(options, smoke, rounds, out);
        Map<String, Interleaved.Session> paired = Boolean.parseBoolean(options.getOrDefault("paired", "true"))
                ? runPaired(options, smoke, out)
                : Map.of();
        BuildTimes build = null;
        if (Boolean.parseBoolean(options.getOrDefault("build-time", "true"))) {
            build = measureBuild(options, smoke, out);
        }

        if (!results.isEmpty()) {
            header.add(forks(results.iterator().next().getParams()));
        }
        List<Measurement> measurements = results.stream().map(Measurement::of).toList();
        String table = ResultTable.render(header, measurements, paired, build, smoke);
        Files.writeString(out.resolve("bench-table.txt"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("=".repeat(100));
        System.out.print(table);
        System.out.println("=".repeat(100));
        System.out.println(
                "JSON: " + out.resolve("jmh-result.json") + (build != null ? ", " + out.resolve("build-time.json") : "")
                        + "; table: " + out.resolve("bench-table.txt"));
    }

    /**
     * Runs each selected benchmark, one fork at a time, side by side with the rest of its comparison: for each
     * thread count and parameter set, the sides run in turn, then again in reverse order (A B B A), so that the
     * machine's load drifting during the run weighs on every side alike. The forks of each benchmark are then
     * merged into one result, as JMH would report them.
     */
    private static Collection<RunResult> runJmh(Map<String, String> options, boolean smoke, int rounds, Path out)
            throws RunnerException, IOException {
        Path json = out.resolve("jmh-result.json");
        Files.deleteIfExists(json); // never a stale file beside this run's table
        OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        String include = options.getOrDefault("include", ".*");
        SortedSet<BenchmarkListEntry> entries = BenchmarkList.defaultList().find(silent, List.of(include), List.of());
        if (entries.isEmpty()) {
            System.out.println("No benchmark matches --include=" + include);
            return List.of();
        }
        Map<String, List<RunResult>> forks = new LinkedHashMap<>();
        for (Slot slot : Slot.of(entries)) {
            for (int round = 0; round < rounds; round++) {
                List<BenchmarkListEntry> order = new ArrayList<>(slot.sides());
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (BenchmarkListEntry side : order) {
                    for (RunResult result : new Runner(fork(side, slot.params(), options, smoke, out)).run()) {
                        forks.computeIfAbsent(result.getParams().id(), id -> new ArrayList<>())
                                .add(result);
                    }
                }
            }
        }
        List<RunResult> merged = new ArrayList<>();
        for (List<RunResult> runs : forks.values()) {
            List<BenchmarkResult> all = new ArrayList<>();
            runs.forEach(run -> all.addAll(run.getBenchmarkResults()));
            merged.add(new RunResult(runs.get(0).getParams(), all));
        }
        merged.sort(RunResult.DEFAULT_SORT_COMPARATOR);
        // JMH's own JSON; each record holds all the forks of its benchmark (its "forks" field says 1 per round).
        ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(merged);
        return merged;
    }

    /**
     * The paired measurement ({@link Interleaved}) of every comparison, thread count and parameter set selected,
     * each in a JVM of its own with the forks' settings; one-shot benchmarks have none. Keyed by {@link
     * ResultTable#pairedKey}.
     */
    private static Map<String, Interleaved.Session> runPaired(Map<String, String> options, boolean smoke, Path out)
            throws IOException, InterruptedException {
        OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        SortedSet<BenchmarkListEntry> entries =
                BenchmarkList.defaultList().find(silent, List.of(options.getOrDefault("include", ".*")), List.of());
        Path directory = Files.createDirectories(out.resolve("paired"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Map<String, Interleaved.Session> sessions = new LinkedHashMap<>();
        int number = 0;
        for (Slot slot : Slot.of(entries)) {
            BenchmarkListEntry first = slot.sides().get(0);
            // One JVM holds one benchmark class: the sides of the baseline's class (a side of another class, such as
            // a breakdown at one size only, has its JMH figures alone).
            List<BenchmarkListEntry> sides = slot.sides().stream()
                    .filter(side -> side.getUserClassQName().equals(first.getUserClassQName()))
                    .toList();
            if (first.getMode() == Mode.SingleShotTime || sides.size() < 2) {
                continue;
            }
            Path json = directory.resolve("session-" + (++number) + ".json");
            List<String> command = new ArrayList<>(List.of(
                    java,
                    "-Xms1g",
                    "-Xmx1g",
                    "-Ddevin.spec.file=" + options.getOrDefault("spec", "../spec/v2-openapi.yaml"),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Interleaved.class.getName(),
                    "--class=" + first.getUserClassQName(),
                    "--sides="
                            + String.join(
                                    ",",
                                    sides.stream()
                                            .map(side -> side.getUsername()
                                                    .substring(
                                                            side.getUsername().lastIndexOf('.') + 1))
                                            .toList()),
                    "--threads=" + first.getThreads().orElse(1),
                    "--params="
                            + String.join(
                                    ";",
                                    slot.params().entrySet().stream()
                                            .map(e -> e.getKey() + "=" + e.getValue())
                                            .toList()),
                    "--out=" + json));
            if (smoke) {
                command.addAll(List.of("--rounds=3", "--slice-ms=20", "--warmup-rounds=1"));
            }
            System.out.println("\n# Paired: " + first.getUserClassQName() + ", "
                    + first.getThreads().orElse(1) + " thread(s)"
                    + (slot.params().isEmpty() ? "" : ", " + slot.params()));
            Files.deleteIfExists(json);
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("the paired measurement of " + first.getUserClassQName()
                        + " failed with " + "exit status " + status);
            }
            Interleaved.Session session = Interleaved.Session.read(json);
            sessions.put(
                    ResultTable.pairedKey(
                            Measurement.benchmarkClass(session.benchmark()), session.threads(), session.params()),
                    session);
        }
        return sessions;
    }

    /** One fork of one benchmark with fixed parameters. */
    private static Options fork(
            BenchmarkListEntry side, Map<String, String> params, Map<String, String> options, boolean smoke, Path out) {
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include("^" + Pattern.quote(side.getUsername()) + "$")
                .forks(1)
                .shouldFailOnError(true)
                .addProfiler(CpuTimeProfiler.class)
                .addProfiler(AllocationProfiler.class)
                // A fixed heap, the spec for the suite's validator; nothing inherited from this launcher.
                .jvmArgs(
                        "-Xms1g",
                        "-Xmx1g",
                        "-Ddevin.spec.file=" + options.getOrDefault("spec", "../spec/v2-openapi.yaml"),
                        "-Dbench.smoke=" + smoke);
        String extraJvmArgs = options.getOrDefault("jvm-args", "").trim();
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
        for (String profiler : options.getOrDefault("prof", "").split(",")) {
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
        return jmh.build();
    }

    private static BuildTimes measureBuild(Map<String, String> options, boolean smoke, Path out)
            throws IOException, InterruptedException {
        Path json = out.resolve("build-time.json");
        List<String> command = new ArrayList<>(
                List.of("bash", options.getOrDefault("build-time-script", "build-time.sh"), "--out", json.toString()));
        if (smoke) {
            command.add("--smoke");
        }
        System.out.println("\n# Build timings: " + String.join(" ", command));
        Files.deleteIfExists(json);
        int status = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("build-time.sh failed with exit status " + status);
        }
        return BuildTimes.read(json);
    }

    /** Where and on what the figures were taken: they are comparable only within one run. */
    private static List<String> header(boolean smoke, int rounds) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> header = new ArrayList<>();
        header.add("Devin API benchmarks, "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + commit());
        header.add("Runner JVM: Runtime.version() " + Runtime.version() + ", " + System.getProperty("java.vm.name")
                + ", " + System.getProperty("java.home"));
        header.add(String.format(
                "Machine: %s %s %s, %s, %d CPUs, %.0f GiB; load average at start %.2f",
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                os.getSystemLoadAverage()));
        header.add(
                smoke
                        ? "Settings: smoke: 1 fork, 1 x 100 ms warm-up, 1 x 200 ms measured"
                        : "Settings: " + rounds
                                + " fork(s) per benchmark and parameter set, each 5 x 1 s measured after 5 x 2 s "
                                + "warm-up; the sides of a comparison take turns, fork by fork (A B B A)");
        header.add(
                "Ratios compare each row with its baseline measured in this same run, on the same loopback server code; "
                        + "absolute figures vary with the machine's load.");
        header.add(
                "score: mean ± 99.9% confidence half-width. cpu: CPU time of the benchmark JVM (all threads) per operation. "
                        + "ratio: time per operation over the baseline's (above 1 is slower).");
        header.add(
                "paired: the sides again in one JVM, taking turns in 100 ms slices for 60 rounds (after 20 unrecorded), so that "
                        + "load that comes and goes weighs on all alike; ratio = median of the per-round ratios ±95% CI; paired cpu = "
                        + "CPU time of the calling threads.");
        header.add(
                "verdict: on the paired wall ratio where there is one, else the JMH wall ratio: met when the ratio plus its "
                        + "error is within the target, MISSED when the ratio minus its error is beyond it, else inconclusive.");
        return header;
    }

    private static String forks(BenchmarkParams params) {
        return "JMH " + params.getJmhVersion() + " forks ran on: JDK " + params.getJdkVersion() + ", "
                + params.getVmName() + " " + params.getVmVersion() + " (" + params.getJvm() + ")";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("CPU model unknown");
        } catch (IOException e) {
            return "CPU model unknown";
        }
    }

    /** ", commit abc1234" (with "+ local changes" when the tree differs), or nothing outside a git checkout. */
    private static String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            if (head.isEmpty()) {
                return "";
            }
            return ", commit " + head + (git("status", "--porcelain").isEmpty() ? "" : " + local changes");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return "";
        }
        return output;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            int equals = arg.indexOf('=');
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
