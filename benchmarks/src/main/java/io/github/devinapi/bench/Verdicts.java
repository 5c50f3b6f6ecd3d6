package io.github.devinapi.bench;

/** The verdict on a figure against its target, given the figure's error. */
final class Verdicts {

    private Verdicts() {}

    /** The verdict on a side's ratio to its baseline: only judged sides, and only where the target applies. */
    static String onBaseline(Comparison comparison, Measurement m, double value, double error) {
        if (m.isReference()) {
            return "(reference)";
        }
        if (!m.judged()) {
            return "(breakdown)";
        }
        if (comparison.maxRatio() <= 0) {
            return "";
        }
        if (!comparison.targetAt().isEmpty()) {
            String[] at = comparison.targetAt().split("=", 2);
            if (!at[1].equals(m.params().get(at[0]))) {
                return "";
            }
        }
        return judge(value, error, comparison.maxRatio());
    }

    /** "met" only when the value is within the target even at the top of its error; "missed" only when clearly out. */
    static String judge(double value, double error, double max) {
        if (value + error <= max) {
            return met(max);
        }
        if (value - error > max) {
            return missed(max);
        }
        return "inconclusive: target within the error";
    }

    static String met(double max) {
        return "met (<= " + trim(max) + ")";
    }

    static String missed(double max) {
        return "MISSED (> " + trim(max) + ")";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
