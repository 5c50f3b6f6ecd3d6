package io.github.devinapi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The bench command: runs every JMH benchmark of this module (each with its baseline, in the same run), then
 * benchmarks/build-time.sh, and prints one table. Writes jmh-result.json, build-time.json and bench-table.txt
 * to the output directory. A benchmark class joins the table by carrying {@link Comparison}; nothing here lists
 * them. Its arguments are those of {@link BenchSettings}.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws IOException, InterruptedException, RunnerException {
        BenchSettings settings = BenchSettings.parse(args);
        boolean smoke = settings.smoke();
        Path out = settings.out();
        Files.createDirectories(out);
        // For running a benchmark class by hand on the same classpath (Interleaved, a profiler).
        Files.writeString(out.resolve("classpath.txt"), System.getProperty("java.class.path"), StandardCharsets.UTF_8);

        int rounds = settings.rounds();
        List<String> header = RunHeader.lines(smoke, rounds);
        header.forEach(System.out::println);

        Collection<RunResult> results = JmhRuns.run(settings, rounds);
        Map<String, PairedSession> paired = settings.paired() ? PairedRuns.run(settings) : Map.of();
        BuildTimes build = null;
        if (settings.buildTime()) {
            build = BuildTimeScript.run(settings);
        }

        if (!results.isEmpty()) {
            header.add(RunHeader.forks(results.iterator().next().getParams()));
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
}
