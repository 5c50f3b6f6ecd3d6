package io.github.devinapi.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Under a comparison with a {@link PerUnit}: the cost per unit at each size, and the growth exponent between the
 * two largest sizes, per side and thread count.
 */
final class GrowthLines {

    private GrowthLines() {}

    /** @param rows the comparison's rows in table order, so that the sizes come smallest first */
    static String render(PerUnit perUnit, List<Measurement> rows, boolean smoke) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Measurement>> bySide = rows.stream()
                .collect(Collectors.groupingBy(
                        m -> m.side() + (m.threads() == 1 ? "" : ", " + m.threads() + " threads"),
                        LinkedHashMap::new,
                        Collectors.toList()));
        bySide.forEach((side, sizes) -> {
            if (sizes.size() < 2) {
                return;
            }
            String curve = sizes.stream()
                    .map(m -> String.format(
                            Locale.ROOT,
                            "%,d: %s",
                            (long) m.units(perUnit),
                            TableFormat.number(m.nanosPerOp() / m.units(perUnit))))
                    .collect(Collectors.joining(" | "));
            Measurement smaller = sizes.get(sizes.size() - 2);
            Measurement larger = sizes.get(sizes.size() - 1);
            double steps = Math.log(larger.units(perUnit) / smaller.units(perUnit));
            double exponent = Math.log(larger.nanosPerOp() / smaller.nanosPerOp()) / steps;
            double error = Math.hypot(larger.relativeError(), smaller.relativeError()) / steps;
            out.append(String.format(Locale.ROOT, "   ns per %s, %s: %s%n", perUnit.unit(), side, curve));
            out.append(String.format(
                    Locale.ROOT,
                    "     growth %,d -> %,d %ss: time ~ n^%.2f%s (1 linear, 2 quadratic)%s%n",
                    (long) smaller.units(perUnit),
                    (long) larger.units(perUnit),
                    perUnit.unit(),
                    exponent,
                    error > 0 ? String.format(Locale.ROOT, " ±%.2f", error) : "",
                    smoke || perUnit.maxExponent() <= 0
                            ? ""
                            : ": " + Verdicts.judge(exponent, error, perUnit.maxExponent())));
        });
        return out.toString();
    }
}
