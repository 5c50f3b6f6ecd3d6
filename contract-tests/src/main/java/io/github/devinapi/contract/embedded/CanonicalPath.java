package io.github.devinapi.contract.embedded;

import java.util.Locale;

/**
 * One spelling for equivalent request paths. Clients differ in what they percent-encode (Retrofit
 * sends {@code org:1@eu}, Rest Assured {@code org%3A1%40eu}); the server decodes both to the same id.
 * Characters a path segment may hold literally are decoded, every other escape is upper-cased, so a
 * recording matches a request however the client spelled it.
 */
final class CanonicalPath {

    private static final String LITERAL_IN_SEGMENT = "-._~!$&'()*+,;=:@";

    private CanonicalPath() {}

    /** The URL (path and query) with its path made canonical; the query is left as sent. */
    static String of(String url) {
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        return canonicalPath(path) + (question < 0 ? "" : url.substring(question));
    }

    private static String canonicalPath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                char decoded = (char) Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (Character.isLetterOrDigit(decoded) && decoded < 128 || LITERAL_IN_SEGMENT.indexOf(decoded) >= 0) {
                    out.append(decoded);
                } else {
                    out.append(path.substring(i, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
