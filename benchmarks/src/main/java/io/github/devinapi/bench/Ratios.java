package io.github.devinapi.bench;

import java.util.Map;

/** A side's ratios to another side of its group: JMH's wall and CPU time, and the paired measurement's. */
final class Ratios {

    private Ratios() {}

    /** Time per operation of {@code m} over {@code other}'s, and its error from both JMH errors combined. */
    static double[] wall(Measurement m, Measurement other) {
        double value = m.nanosPerOp() / other.nanosPerOp();
        return new double[] {value, value * Math.hypot(m.relativeError(), other.relativeError())};
    }

    /** The CPU-time ratio, written with its error; empty when either side has no CPU time. */
    static String cpu(Measurement m, Measurement other) {
        if (!m.hasCpu() || !other.hasCpu()) {
            return "";
        }
        double value = m.cpuMicros() / other.cpuMicros();
        return TableFormat.ratio(value, value * Math.hypot(m.cpuRelativeError(), other.cpuRelativeError()));
    }

    /**
     * The paired ratio (median, 95% half-width) of {@code m} to {@code base}: wall time, or CPU of the calling
     * threads; null when the session is missing or lacks either side.
     */
    static double[] paired(PairedSession session, Measurement m, Measurement base, boolean wall) {
        if (session == null) {
            return null;
        }
        Map<String, double[]> series = wall ? session.wall() : session.threadCpu();
        double[] side = series.get(m.method().getName());
        double[] other = series.get(base.method().getName());
        return side == null || other == null ? null : PairedSession.ratio(side, other);
    }
}
