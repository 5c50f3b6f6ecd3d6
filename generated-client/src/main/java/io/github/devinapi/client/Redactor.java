package io.github.devinapi.client;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that leaves the client: log lines, exception messages and kept bodies. Knows
 * the client's own key, and the usual shapes of others: bearer tokens, {@code apk_} keys, and JSON fields,
 * query parameters and headers named like keys, tokens, secrets, passwords or cookies.
 */
final class Redactor {

    static final String REDACTED = "[redacted]";

    private static final String SENSITIVE_NAME =
            "[^\"\\\\&=#?\\s]*(?:api[_-]?key|token|secret|password|authorization|cookie)[^\"\\\\&=#\\s]*";
    private static final Pattern JSON_FIELD =
            Pattern.compile("(\"" + SENSITIVE_NAME + "\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUERY_PARAMETER =
            Pattern.compile("([?&]" + SENSITIVE_NAME + "=)[^&#\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEARER = Pattern.compile("(Bearer\\s+)[^\\s\"',;]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVIN_KEY = Pattern.compile("apk_[A-Za-z0-9_-]{8,}");
    private static final Pattern SENSITIVE_HEADER =
            Pattern.compile("authorization|proxy-authorization|cookie|set-cookie|.*(api-?key|token|secret).*");

    private final String secret;

    Redactor(String secret) {
        this.secret = secret;
    }

    String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = secret.isEmpty() ? text : text.replace(secret, REDACTED);
        redacted = replaceAll(BEARER, redacted, "$1" + REDACTED);
        redacted = replaceAll(JSON_FIELD, redacted, "$1\"" + REDACTED + "\"");
        redacted = replaceAll(QUERY_PARAMETER, redacted, "$1" + REDACTED);
        return replaceAll(DEVIN_KEY, redacted, REDACTED);
    }

    String header(String name, String value) {
        return SENSITIVE_HEADER.matcher(name.toLowerCase(Locale.ROOT)).matches() ? REDACTED : text(value);
    }

    private static String replaceAll(Pattern pattern, String text, String replacement) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.replaceAll(replacement) : text;
    }
}
