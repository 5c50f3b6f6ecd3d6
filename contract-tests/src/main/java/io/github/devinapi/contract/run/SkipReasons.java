package io.github.devinapi.contract.run;

/** The reason a skipped scenario gave, as the report shows it. */
public final class SkipReasons {

    private static final String ASSUMPTION_PREFIX = "Assumption failed: ";

    private SkipReasons() {}

    public static String of(Throwable skipped) {
        String reason = skipped.getMessage() == null ? "skipped" : skipped.getMessage();
        return reason.startsWith(ASSUMPTION_PREFIX) ? reason.substring(ASSUMPTION_PREFIX.length()) : reason;
    }
}
