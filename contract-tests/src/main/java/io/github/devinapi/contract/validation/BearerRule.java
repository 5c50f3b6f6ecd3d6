package io.github.devinapi.contract.validation;

import java.util.regex.Pattern;

/** The shape of an HTTP bearer credential, as FastAPI's HTTPBearer accepts it: scheme, space, token. */
public final class BearerRule {

    public static final String RULE = "security.bearer";
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +\\S+\\s*");

    private BearerRule() {
    }

    public static boolean isBearer(String authorization) {
        return authorization != null && BEARER.matcher(authorization).matches();
    }

    /** The violation for a missing or malformed credential; the header's value is never repeated. */
    static Violation violation(String authorization) {
        String what = authorization == null ? "no Authorization header" : "an Authorization header that is not 'Bearer <token>'";
        return new Violation(Violation.Direction.REQUEST, "header Authorization", "", RULE, "",
                "the operation requires 'Authorization: Bearer <token>' (the spec's security), but the request has " + what);
    }
}
