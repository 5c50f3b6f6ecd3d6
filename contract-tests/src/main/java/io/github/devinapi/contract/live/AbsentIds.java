package io.github.devinapi.contract.live;

import io.github.devinapi.contract.tenant.TestIds;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Ids made for one run that no tenant has: {@code org-absent-3f9a6c1e-0001}. A live run addresses every
 * request the server must refuse at them, so that a server that accepts it anyway changes nothing.
 */
public final class AbsentIds implements TestIds {

    /** An absent id of any run: the recordings' placeholder of the same kind and number stands for it. */
    private static final Pattern ANY_RUN =
            Pattern.compile("(?<![\\w-])(org|user|group)-absent-[0-9a-f]{12}-(\\d{4})(?![\\w-])");
    /** The start of a name any run created ({@code contract-run-3f9a6c1e0b2d-org}): the embedded tenant's run is "test". */
    private static final Pattern ANY_RUN_CREATED =
            Pattern.compile("(?<![\\w-])" + Pattern.quote(CREATED_PREFIX) + "[0-9a-f]{12}-");

    private final String run;
    private final Pattern pattern;

    private AbsentIds(String run) {
        this.run = run;
        this.pattern = Pattern.compile("[a-z]+-absent-" + run + "-\\d{4}");
    }

    /** Ids unique to this run: a random run id, so that no earlier run (or any real id) can have them. */
    static AbsentIds forThisRun() {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        return new AbsentIds(HexFormat.of().formatHex(random));
    }

    @Override
    public String org(int number) {
        return id("org", number);
    }

    @Override
    public String user(int number) {
        return id("user", number);
    }

    @Override
    public String group(int number) {
        return id("group", number);
    }

    @Override
    public TestIds absent() {
        return this;
    }

    @Override
    public String created(String what) {
        return CREATED_PREFIX + run + "-" + what;
    }

    /**
     * {@code text} with every absent id replaced by the placeholder recordings use ({@code org-test-0001}),
     * and every name a run created spelled as on the embedded tenant ({@code contract-run-test-org}).
     */
    public static String asPlaceholders(String text) {
        String ids = ANY_RUN.matcher(text).replaceAll("$1-test-$2");
        return ANY_RUN_CREATED.matcher(ids).replaceAll(CREATED_PREFIX + "test-");
    }

    /** Whether {@code id} is one of this run's absent ids. */
    boolean isAbsent(String id) {
        return pattern.matcher(id).matches();
    }

    private String id(String kind, int number) {
        return String.format("%s-absent-%s-%04d", kind, run, number);
    }
}
