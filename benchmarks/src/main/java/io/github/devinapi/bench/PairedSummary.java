package io.github.devinapi.bench;

import java.util.Locale;

/** The lines {@link Interleaved} prints for a session: per side, the medians and the ratios to the first side. */
final class PairedSummary {

    private PairedSummary() {}

    static void print(PairedSession session) {
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
                    PairedSession.median(session.wall().get(side)),
                    PairedSession.median(session.threadCpu().get(side)),
                    PairedSession.median(session.processCpu().get(side)),
                    format(PairedSession.ratio(
                            session.wall().get(side), session.wall().get(base))),
                    format(PairedSession.ratio(
                            session.threadCpu().get(side), session.threadCpu().get(base))),
                    format(PairedSession.ratio(
                            session.processCpu().get(side), session.processCpu().get(base))));
        }
    }

    private static String format(double[] ratio) {
        return String.format(Locale.ROOT, "%.3f ±%.3f", ratio[0], ratio[1]);
    }
}
