package io.github.devinapi.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The paired measurement: the sides of one comparison in one JVM, taking turns in short slices (100 ms each by
 * default: every side, then every side again in reverse order, for many rounds), so that load that comes and
 * goes on a shared machine weighs on every side within the same second. Per round and side it records wall time,
 * CPU time of the calling threads and CPU time of the whole process, each per operation; a ratio between two sides
 * is then the median of their per-round ratios, with the 95% confidence interval of that median (1.57 times the
 * interquartile range over the square root of the rounds). The sides share one JVM, and so the JIT's profiles,
 * where the JMH forks keep them apart: the two measurements answer the same question differently.
 *
 * <p>The runner starts one per comparison, thread count and parameter set, after the JMH forks. By hand:
 *
 * <pre>
 * java -cp "$(cat benchmarks/target/classpath.txt)" -Ddevin.spec.file=spec/v2-openapi.yaml \
 *     io.github.devinapi.bench.Interleaved --class=CallOverheadBenchmark --sides=rawOkHttp,handWritten,devinClient
 * </pre>
 *
 * Options: {@code --threads=N} (each slice runs the side on N threads at once), {@code --params=users=1000;...}
 * (JMH {@code @Param} fields), {@code --rounds=60}, {@code --slice-ms=100}, {@code --warmup-rounds=} (a third of the
 * rounds, at least 10), {@code --out=file.json}.
 */
public final class Interleaved {

    /** What one session measured: per side, per round, microseconds per operation. */
    record Session(
            String benchmark,
            int threads,
            Map<String, String> params,
            int rounds,
            long sliceMillis,
            List<String> sides,
            Map<String, double[]> wall,
            Map<String, double[]> threadCpu,
            Map<String, double[]> processCpu) {

        /** The median of the per-round ratios of {@code side} to {@code other}, and its 95% confidence half-width. */
        static double[] ratio(double[] side, double[] other) {
            double[] ratios = new double[side.length];
            for (int i = 0; i < side.length; i++) {
                ratios[i] = side[i] / other[i];
            }
            Arrays.sort(ratios);
            double iqr = quantile(ratios, 0.75) - quantile(ratios, 0.25);
            return new double[] {quantile(ratios, 0.5), 1.57 * iqr / Math.sqrt(ratios.length)};
        }

        static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return quantile(sorted, 0.5);
        }

        static Session read(Path json) throws IOException {
            return new Gson().fromJson(Files.readString(json, StandardCharsets.UTF_8), Session.class);
        }
    }

    private Interleaved() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String className = options.get("class");
        String prefix = Interleaved.class.getPackageName() + ".";
        Class<?> type = Measurement.benchmarkClass(className.startsWith(prefix) ? className : prefix + className);
        List<String> names = List.of(options.get("sides").split(","));
        int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "60"));
        long sliceMillis = Long.parseLong(options.getOrDefault("slice-ms", "100"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup-rounds", String.valueOf(Math.max(10, rounds / 3))));
        Map<String, String> params = new LinkedHashMap<>();
        if (!options.getOrDefault("params", "").isBlank()) {
            for (String pair : options.get("params").split(";")) {
                String[] keyValue = pair.split("=", 2);
                params.put(keyValue[0], keyValue[1]);
            }
        }

        Object state = type.getDeclaredConstructor().newInstance();
        params.forEach((name, value) -> setParam(type, state, name, value));
        run(type, state, Setup.class);
        Session session;
        try {
            session = measure(type, state, names, threads, rounds, warmup, sliceMillis, params);
        } finally {
            run(type, state, TearDown.class);
        }
        print(session);
        if (options.containsKey("out")) {
            Files.writeString(
                    Path.of(options.get("out")), new GsonBuilder().create().toJson(session), StandardCharsets.UTF_8);
        }
        System.exit(0); // threads a benchmark's clients left behind do not keep this JVM up
    }

    private static Session measure(
            Class<?> type,
            Object state,
            List<String> names,
            int threads,
            int rounds,
            int warmup,
            long sliceMillis,
            Map<String, String> params)
            throws Exception {
        Method[] sides = new Method[names.size()];
        for (int i = 0; i < sides.length; i++) {
            sides[i] = type.getMethod(names.get(i));
        }
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> threadCpu = new LinkedHashMap<>();
        Map<String, double[]> processCpu = new LinkedHashMap<>();
        names.forEach(name -> {
            wall.put(name, new double[rounds]);
            threadCpu.put(name, new double[rounds]);
            processCpu.put(name, new double[rounds]);
        });

        // One pool of threads for the whole session; each slice starts and ends on a barrier.
        AtomicReference<Method> current = new AtomicReference<>();
        long[] ops = new long[threads];
        long[] cpu = new long[threads];
        long[] deadline = new long[1];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        CyclicBarrier end = new CyclicBarrier(threads + 1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(
                    () -> {
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
                                    } while (System.nanoTime() < deadline[0]);
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
                    },
                    "paired-" + t);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        for (int round = -warmup; round < rounds; round++) {
            for (int s = 0; s < sides.length; s++) {
                int side = (round & 1) == 0 ? s : sides.length - 1 - s; // A B C, C B A, ...
                current.set(sides[side]);
                long process = os.getProcessCpuTime();
                long began = System.nanoTime();
                deadline[0] = began + sliceMillis * 1_000_000L;
                start.await();
                end.await();
                long elapsed = System.nanoTime() - began;
                if (failure.get() != null) {
                    throw new IllegalStateException(names.get(side) + " failed", failure.get());
                }
                long total = Arrays.stream(ops).sum();
                if (round >= 0) {
                    // Wall time per operation of one thread: the slice's length times the threads, over all operations.
                    wall.get(names.get(side))[round] = elapsed / 1e3 * threads / total;
                    threadCpu.get(names.get(side))[round] = Arrays.stream(cpu).sum() / 1e3 / total;
                    processCpu.get(names.get(side))[round] = (os.getProcessCpuTime() - process) / 1e3 / total;
                }
            }
        }
        current.set(null);
        start.await();
        for (Thread worker : workers) {
            worker.join();
        }
        return new Session(type.getName(), threads, params, rounds, sliceMillis, names, wall, threadCpu, processCpu);
    }

    private static void print(Session session) {
        System.out.printf(
                Locale.ROOT,
                "%s, %d thread(s)%s, %d rounds of %d ms per side; medians, ratio to %s ±95%% CI%n",
                session.benchmark(),
                session.threads(),
                session.params().isEmpty() ? "" : ", " + session.params(),
                session.rounds(),
                session.sliceMillis(),
                session.sides().get(0));
        System.out.printf(
                Locale.ROOT,
                "   %-28s %10s %10s %10s %16s %16s %16s%n",
                "side",
                "wall us",
                "thread us",
                "process us",
                "wall ratio",
                "thread ratio",
                "process ratio");
        String base = session.sides().get(0);
        for (String side : session.sides()) {
            System.out.printf(
                    Locale.ROOT,
                    "   %-28s %10.1f %10.1f %10.1f %16s %16s %16s%n",
                    side,
                    Session.median(session.wall().get(side)),
                    Session.median(session.threadCpu().get(side)),
                    Session.median(session.processCpu().get(side)),
                    format(Session.ratio(
                            session.wall().get(side), session.wall().get(base))),
                    format(Session.ratio(
                            session.threadCpu().get(side), session.threadCpu().get(base))),
                    format(Session.ratio(
                            session.processCpu().get(side), session.processCpu().get(base))));
        }
    }

    private static String format(double[] ratio) {
        return String.format(Locale.ROOT, "%.3f ±%.3f", ratio[0], ratio[1]);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    private static void setParam(Class<?> type, Object state, String name, String value) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                if (field.getType() == int.class) {
                    field.setInt(state, Integer.parseInt(value));
                } else if (field.getType() == long.class) {
                    field.setLong(state, Long.parseLong(value));
                } else {
                    field.set(state, value);
                }
                return;
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(type + " has no @Param field " + name);
    }

    /**
     * Calls the state's methods annotated with {@code annotation}, once each: trial level before iteration level,
     * superclasses first (for a tear-down, the reverse).
     */
    private static void run(Class<?> type, Object state, Class<? extends java.lang.annotation.Annotation> annotation)
            throws IllegalAccessException {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Method> methods = new ArrayList<>();
        for (Level level : Level.values()) {
            for (Class<?> c : hierarchy) {
                for (Method method : c.getDeclaredMethods()) {
                    Level declared = annotation == Setup.class
                            ? (method.isAnnotationPresent(Setup.class)
                                    ? method.getAnnotation(Setup.class).value()
                                    : null)
                            : (method.isAnnotationPresent(TearDown.class)
                                    ? method.getAnnotation(TearDown.class).value()
                                    : null);
                    if (declared == level) {
                        methods.add(method);
                    }
                }
            }
        }
        if (annotation == TearDown.class) {
            Collections.reverse(methods);
        }
        for (Method method : methods) {
            try {
                method.setAccessible(true);
                method.invoke(state);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(method + " failed", e.getCause());
            }
        }
    }
}
