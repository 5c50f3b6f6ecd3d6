package io.github.devinapi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The threads a paired session calls its sides on: one pool for the whole session, so that no slice pays for
 * starting threads; each slice starts and ends on a barrier, so that all threads run the same side at once.
 */
final class SliceWorkers {

    private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    private final Object state;
    private final AtomicReference<Method> current = new AtomicReference<>();
    private final long[] ops;
    private final long[] cpu;
    private long deadline;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CyclicBarrier start;
    private final CyclicBarrier end;
    private final List<Thread> workers = new ArrayList<>();

    /** Starts {@code threads} threads that call benchmark methods of {@code state}, waiting for the first slice. */
    SliceWorkers(Object state, int threads) {
        this.state = state;
        ops = new long[threads];
        cpu = new long[threads];
        start = new CyclicBarrier(threads + 1);
        end = new CyclicBarrier(threads + 1);
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> work(index), "paired-" + t);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    /** The side the next slice runs. */
    void select(Method side) {
        current.set(side);
    }

    /** Runs the selected side on every thread until {@code deadlineNanos} ({@link System#nanoTime}), to the end. */
    void runUntil(long deadlineNanos) throws InterruptedException, BrokenBarrierException {
        deadline = deadlineNanos;
        start.await();
        end.await();
    }

    /** What a call of a side threw, or a thread's own failure; null while all went well. */
    Throwable failure() {
        return failure.get();
    }

    /** The operations of the last slice, all threads together. */
    long operations() {
        return Arrays.stream(ops).sum();
    }

    /** The CPU time of the calling threads in the last slice, in nanoseconds. */
    long cpuNanos() {
        return Arrays.stream(cpu).sum();
    }

    /** Releases the threads and waits for them to end. */
    void stop() throws InterruptedException, BrokenBarrierException {
        current.set(null);
        start.await();
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work(int index) {
        try {
            while (true) {
                start.await();
                Method side = current.get();
                if (side == null) {
                    return;
                }
                long count = 0;
                long began = threadBean.getCurrentThreadCpuTime();
                try {
                    do {
                        side.invoke(state);
                        count++;
                    } while (System.nanoTime() < deadline);
                } catch (InvocationTargetException e) {
                    failure.compareAndSet(null, e.getCause());
                }
                ops[index] = count;
                cpu[index] = threadBean.getCurrentThreadCpuTime() - began;
                end.await();
            }
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
    }
}
