package io.github.devinapi.contract.validation;

import java.util.regex.Pattern;

/** The shape of an HTTP bearer credential, as FastAPI's HTTPBearer accepts it: scheme, space, token. */
public final class BearerRule {

    public static final String RULE = "security.bearer";
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +\\S+\\s*");

    private BearerRule() {}

    /**
     * Whether the header matches {@code (?i)bearer +\S+\s*}: checked by hand, as that expression reads it (ASCII
     * case folding, {@code \s} and {@code \S} as Java's), because it runs for every exchange.
     */
    public static boolean isBearer(String authorization) {
        if (authorization == null || authorization.length() < 8) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = authorization.charAt(i);
            if (c >= 0x80 || Character.toLowerCase(c) != "bearer".charAt(i)) {
                return false;
            }
        }
        int i = 6;
        while (i < authorization.length() && authorization.charAt(i) == ' ') {
            i++;
        }
        int token = i;
        while (i < authorization.length() && !whitespace(authorization.charAt(i))) {
            i++;
        }
        if (i == 6 || token == 6 || i == token) {
            return false; // no space after the scheme, or no token
        }
        while (i < authorization.length() && whitespace(authorization.charAt(i))) {
            i++;
        }
        return i == authorization.length();
    }

    /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The expression {@link #isBearer} checks, for comparing with it. */
    static boolean matchesExpression(String authorization) {
        return authorization != null && BEARER.matcher(authorization).matches();
    }

    /** The violation for a missing or malformed credential; the header's value is never repeated. */
    static Violation violation(String authorization) {
        String what = authorization == null
                ? "no Authorization header"
                : "an Authorization header that is not 'Bearer <token>'";
        return new Violation(
                Violation.Direction.REQUEST,
                "header Authorization",
                "",
                RULE,
                "",
                "the operation requires 'Authorization: Bearer <token>' (the spec's security), but the request has "
                        + what);
    }
}
