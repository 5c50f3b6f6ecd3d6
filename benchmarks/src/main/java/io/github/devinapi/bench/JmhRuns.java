package io.github.devinapi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
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
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The JMH forks of the selected benchmarks, run one at a time, side by side with the rest of their comparison: for
 * each thread count and parameter set, the sides run in turn, then again in reverse order (A B B A), so that the
 * machine's load drifting during the run weighs on every side alike.
 */
final class JmhRuns {

    private JmhRuns() {}

    /**
     * Runs {@code rounds} forks per benchmark and parameter set, and merges the forks of each benchmark into one
     * result, as JMH would report them; writes them to jmh-result.json.
     */
    static Collection<RunResult> run(BenchSettings settings, int rounds) throws RunnerException, IOException {
        Path json = settings.out().resolve("jmh-result.json");
        Files.deleteIfExists(json); // never a stale file beside this run's table
        OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        String include = settings.include();
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
                    for (RunResult result : new Runner(ForkOptions.of(side, slot.params(), settings)).run()) {
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
}
