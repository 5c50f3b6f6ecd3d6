package io.github.devinapi.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;

/** The table's header: when, where and how the figures were taken, and how to read them. */
final class RunHeader {

    private RunHeader() {}

    /** Where and on what the figures were taken: they are comparable only within one run. */
    static List<String> lines(boolean smoke, int rounds) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> header = new ArrayList<>();
        header.add("Devin API benchmarks, "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + GitCommit.describe());
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

    static String forks(BenchmarkParams params) {
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
}
