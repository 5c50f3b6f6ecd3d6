package io.github.devinapi.bench;

import java.util.Locale;

/** The table's cell formats: the columns of a side's row, and how numbers and ratios are written in them. */
final class TableFormat {

    /** side, params, thr, score ± error, unit, cpu us/op, per unit, wall ratio, cpu ratio, paired wall, paired cpu, verdict. */
    private static final String ROW = "   %-58s %-12s %3s %19s %-6s %9s %12s %12s %12s %14s %14s  %s%n";

    private TableFormat() {}

    /** One line in the columns of a side's row. */
    static String row(Object... cells) {
        return String.format(Locale.ROOT, ROW, cells);
    }

    /** Three significant figures or more, thousands separated. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        double magnitude = Math.abs(value);
        String format = magnitude >= 1000 ? "%,.0f" : magnitude >= 100 ? "%.1f" : magnitude >= 10 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, value);
    }

    /** A ratio with its error, the error left out when unknown or nil. */
    static String ratio(double value, double error) {
        return String.format(Locale.ROOT, "%.2f", value)
                + (Double.isNaN(error) || error == 0 ? "" : String.format(Locale.ROOT, " ±%.2f", error));
    }

    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
