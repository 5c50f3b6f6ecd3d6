package io.github.devinapi.bench;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A side's row in its comparison: its score and CPU time, its cost per unit, its ratios to the baseline of its
 * group (JMH's and the paired ones), and the verdict, on the paired wall ratio where there is one.
 */
final class SideRow {

    private SideRow() {}

    static String render(
            Comparison comparison,
            PerUnit perUnit,
            Measurement m,
            Optional<Measurement> baseline,
            PairedSession session,
            boolean smoke) {
        String side = (m.isBaseline() ? "baseline: " : m.isReference() ? "reference: " : "") + m.side();
        String params = m.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        String score = TableFormat.number(m.score()) + (m.hasError() ? " ± " + TableFormat.number(m.error()) : "");
        String cpu = m.hasCpu() ? TableFormat.number(m.cpuMicros()) : "";
        String unitCost = perUnit == null ? "" : TableFormat.number(m.nanosPerOp() / m.units(perUnit)) + " ns";
        String wallRatio = "";
        String cpuRatio = "";
        String pairedWall = "";
        String pairedCpu = "";
        String verdict = "";
        if (baseline.isPresent() && m.isBaseline()) {
            wallRatio = "1";
            cpuRatio = m.hasCpu() ? "1" : "";
            if (Ratios.paired(session, m, m, true) != null) {
                pairedWall = "1";
                pairedCpu = "1";
            }
        } else if (baseline.isPresent()) {
            Measurement base = baseline.get();
            double[] ratio = Ratios.wall(m, base);
            wallRatio = TableFormat.ratio(ratio[0], m.hasError() && base.hasError() ? ratio[1] : Double.NaN);
            cpuRatio = Ratios.cpu(m, base);
            double[] wall = Ratios.paired(session, m, base, true);
            double[] thread = Ratios.paired(session, m, base, false);
            if (wall != null) {
                pairedWall = TableFormat.ratio(wall[0], wall[1]);
                pairedCpu = TableFormat.ratio(thread[0], thread[1]);
            }
            if (!smoke) {
                verdict = wall != null
                        ? Verdicts.onBaseline(comparison, m, wall[0], wall[1])
                        : Verdicts.onBaseline(comparison, m, ratio[0], ratio[1]);
            }
        }
        return TableFormat.row(
                TableFormat.cut(side, 58),
                params,
                m.threads(),
                score,
                m.unit(),
                cpu,
                unitCost,
                wallRatio,
                cpuRatio,
                pairedWall,
                pairedCpu,
                verdict);
    }
}
