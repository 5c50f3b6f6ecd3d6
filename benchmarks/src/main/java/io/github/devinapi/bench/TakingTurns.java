package io.github.devinapi.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rounds of a paired session: every side for one slice, then every side again in reverse order (A B C, C B A,
 * ...), the warm-up rounds unrecorded. Per round and side it records wall time, CPU time of the calling threads
 * and CPU time of the whole process, each per operation.
 */
final class TakingTurns {

    private TakingTurns() {}

    static PairedSession measure(
            JmhState state,
            List<String> names,
            int threads,
            int rounds,
            int warmup,
            long sliceMillis,
            Map<String, String> params)
            throws Exception {
        Method[] sides = new Method[names.size()];
        for (int i = 0; i < sides.length; i++) {
            sides[i] = state.type().getMethod(names.get(i));
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> threadCpu = new LinkedHashMap<>();
        Map<String, double[]> processCpu = new LinkedHashMap<>();
        names.forEach(name -> {
            wall.put(name, new double[rounds]);
            threadCpu.put(name, new double[rounds]);
            processCpu.put(name, new double[rounds]);
        });

        SliceWorkers workers = new SliceWorkers(state.instance(), threads);
        for (int round = -warmup; round < rounds; round++) {
            for (int s = 0; s < sides.length; s++) {
                int side = (round & 1) == 0 ? s : sides.length - 1 - s; // A B C, C B A, ...
                workers.select(sides[side]);
                long process = os.getProcessCpuTime();
                long began = System.nanoTime();
                workers.runUntil(began + sliceMillis * 1_000_000L);
                long elapsed = System.nanoTime() - began;
                if (workers.failure() != null) {
                    throw new IllegalStateException(names.get(side) + " failed", workers.failure());
                }
                long total = workers.operations();
                if (round >= 0) {
                    // Wall time per operation of one thread: the slice's length times the threads, over all operations.
                    wall.get(names.get(side))[round] = elapsed / 1e3 * threads / total;
                    threadCpu.get(names.get(side))[round] = workers.cpuNanos() / 1e3 / total;
                    processCpu.get(names.get(side))[round] = (os.getProcessCpuTime() - process) / 1e3 / total;
                }
            }
        }
        workers.stop();
        return new PairedSession(
                state.type().getName(), threads, params, rounds, sliceMillis, names, wall, threadCpu, processCpu);
    }
}
