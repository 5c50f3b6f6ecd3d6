package io.github.devinapi.bench;

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
 * Heap allocated per operation by every thread of the benchmark JVM (callers, loopback server, client threads),
 * as a secondary result: what JMH's gc profiler calls {@code gc.alloc.rate.norm}, without its other figures. What a
 * call allocates bounds how much the heap must grow for it: the peak of a call is at most its allocation.
 */
public final class AllocationProfiler implements InternalProfiler {

    static final String LABEL = "·alloc";

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "heap allocated per operation, all threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = threads.getTotalThreadAllocatedBytes();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long allocated = threads.getTotalThreadAllocatedBytes() - start;
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult(LABEL, (double) allocated / ops, "B/op", AggregationPolicy.AVG));
    }
}
