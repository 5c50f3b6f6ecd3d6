package io.github.devinapi.contract.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request and the response it got, as seen on the wire, whoever saw it (Rest Assured,
 * OkHttp, or the embedded tenant). Paths are raw (percent-encoded, as sent); bodies are text or null.
 */
public record Exchange(Request request, Response response) {

    public record Request(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {

        public Request {
            method = method.toUpperCase(Locale.ROOT);
            headers = Headers.copyOf(headers);
        }

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** "POST /v2/enterprise/organizations/org-test-0001/members". */
        public String line() {
            return method + " " + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
        }

        /** Credentials are never shown, whatever prints the request (an assertion message, a log). */
        @Override
        public String toString() {
            Map<String, List<String>> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach(
                    (name, values) -> shown.put(name, Headers.isCredential(name) ? List.of("<redacted>") : values));
            return "Request[" + line() + ", headers=" + shown + ", body=" + body + "]";
        }
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Response {
            headers = Headers.copyOf(headers);
        }

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** Case-insensitive, immutable header maps. */
    public static final class Headers {

        private Headers() {}

        public static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
            Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            if (headers != null) {
                headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), Headers::concat));
            }
            return Collections.unmodifiableMap(copy);
        }

        /** Headers that carry credentials: their values are never shown or recorded. */
        public static boolean isCredential(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("authorization") || lower.equals("proxy-authorization") || lower.contains("cookie");
        }

        public static Map<String, List<String>> of(String... namesAndValues) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                headers.merge(namesAndValues[i], List.of(namesAndValues[i + 1]), Headers::concat);
            }
            return copyOf(headers);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
        }
    }
}
