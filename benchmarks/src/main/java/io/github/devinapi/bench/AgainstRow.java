package io.github.devinapi.bench;

/** The line under a side with its ratio to another side of the group ({@link Against}), and the verdict on it. */
final class AgainstRow {

    private AgainstRow() {}

    static String render(Measurement m, Measurement other, double maxRatio, PairedSession session, boolean smoke) {
        double[] ratio = Ratios.wall(m, other);
        double value = ratio[0];
        double error = ratio[1];
        double[] wall = Ratios.paired(session, m, other, true);
        double[] thread = Ratios.paired(session, m, other, false);
        String verdict = smoke
                ? ""
                : wall != null
                        ? Verdicts.judge(wall[0], wall[1], maxRatio)
                        : Verdicts.judge(value, m.hasError() && other.hasError() ? error : 0, maxRatio);
        return TableFormat.row(
                TableFormat.cut("  vs " + other.side(), 58),
                "",
                "",
                "",
                "",
                "",
                "",
                TableFormat.ratio(value, m.hasError() && other.hasError() ? error : Double.NaN),
                Ratios.cpu(m, other),
                wall == null ? "" : TableFormat.ratio(wall[0], wall[1]),
                thread == null ? "" : TableFormat.ratio(thread[0], thread[1]),
                verdict);
    }
}
