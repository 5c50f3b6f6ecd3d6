package io.github.devinapi.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark JVM (callers, loopback server, GC, compiler) per operation, as a secondary
 * result. Wall time on a shared machine moves with other processes' load; CPU time per operation barely does,
 * so its ratio to the baseline stays readable when the wall-time ratio is lost in noise.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    static final String LABEL = "·cpu";

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long used = os.getProcessCpuTime() - start;
        // All operations of the iteration, including those of threads outside the synchronised window: the
        // CPU time covers them too.
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult(LABEL, used / 1e3 / ops, "us/op", AggregationPolicy.AVG));
    }
}
