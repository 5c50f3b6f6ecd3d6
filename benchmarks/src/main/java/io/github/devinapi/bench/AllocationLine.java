package io.github.devinapi.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** The line under a side with the heap it allocates per operation, against the comparison's memory target. */
final class AllocationLine {

    private AllocationLine() {}

    /** Empty when the comparison has no memory target or the side's allocation was not measured. */
    static String render(Allocation target, Measurement m, boolean smoke) {
        if (target == null || Double.isNaN(m.allocatedBytes())) {
            return "";
        }
        long size;
        try {
            Class<?> owner = m.type().getEnclosingClass() != null && !hasMethod(m.type(), target.per())
                    ? m.type().getEnclosingClass()
                    : m.type();
            size = (long) owner.getMethod(target.per(), Map.class).invoke(null, m.params());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(m.type() + " has no public static long " + target.per() + "(Map)", e);
        }
        double times = m.allocatedBytes() / size;
        String verdict = "";
        if (!smoke && m.judged() && !m.isBaseline()) {
            String[] at = target.at().isEmpty() ? null : target.at().split("=", 2);
            if (at == null || at[1].equals(m.params().get(at[0]))) {
                verdict = times <= target.max() ? Verdicts.met(target.max()) : Verdicts.missed(target.max());
            }
        }
        return String.format(
                Locale.ROOT,
                "   %-58s %s%n",
                "",
                String.format(
                        Locale.ROOT,
                        "heap allocated per call %s B = %.2f per %s (%,d)%s",
                        TableFormat.number(m.allocatedBytes()),
                        times,
                        target.unit(),
                        size,
                        verdict.isEmpty() ? "" : ": " + verdict));
    }

    private static boolean hasMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .anyMatch(method -> method.getName().equals(name));
    }
}
