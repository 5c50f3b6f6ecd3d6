package io.github.devinapi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The paired measurement ({@link Interleaved}) of every comparison, thread count and parameter set selected, each
 * in a JVM of its own with the forks' settings; one-shot benchmarks have none.
 */
final class PairedRuns {

    private PairedRuns() {}

    /** The sessions, keyed by {@link ResultTable#pairedKey}. */
    static Map<String, PairedSession> run(BenchSettings settings) throws IOException, InterruptedException {
        OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        SortedSet<BenchmarkListEntry> entries =
                BenchmarkList.defaultList().find(silent, List.of(settings.include()), List.of());
        Path directory = Files.createDirectories(settings.out().resolve("paired"));
        Map<String, PairedSession> sessions = new LinkedHashMap<>();
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
            List<String> command = command(slot, sides, settings, json);
            System.out.println("\n# Paired: " + first.getUserClassQName() + ", "
                    + first.getThreads().orElse(1) + " thread(s)"
                    + (slot.params().isEmpty() ? "" : ", " + slot.params()));
            Files.deleteIfExists(json);
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("the paired measurement of " + first.getUserClassQName()
                        + " failed with " + "exit status " + status);
            }
            PairedSession session = PairedSession.read(json);
            sessions.put(
                    ResultTable.pairedKey(
                            Measurement.benchmarkClass(session.benchmark()), session.threads(), session.params()),
                    session);
        }
        return sessions;
    }

    /** The command line of the JVM that measures {@code sides} of {@code slot}, writing its session to json. */
    private static List<String> command(Slot slot, List<BenchmarkListEntry> sides, BenchSettings settings, Path json) {
        BenchmarkListEntry first = slot.sides().get(0);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xms1g",
                "-Xmx1g",
                "-Ddevin.spec.file=" + settings.spec(),
                "-cp",
                System.getProperty("java.class.path"),
                Interleaved.class.getName(),
                "--class=" + first.getUserClassQName(),
                "--sides="
                        + String.join(
                                ",",
                                sides.stream()
                                        .map(side -> side.getUsername()
                                                .substring(side.getUsername().lastIndexOf('.') + 1))
                                        .toList()),
                "--threads=" + first.getThreads().orElse(1),
                "--params="
                        + String.join(
                                ";",
                                slot.params().entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList()),
                "--out=" + json));
        if (settings.smoke()) {
            command.addAll(List.of("--rounds=3", "--slice-ms=20", "--warmup-rounds=1"));
        }
        return command;
    }
}
