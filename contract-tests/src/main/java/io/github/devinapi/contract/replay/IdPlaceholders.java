package io.github.devinapi.contract.replay;

import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.Exchange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake ids recordings hold ({@code org-test-0001}, {@code user-test-0002}, {@code group-test-0001}),
 * replaced in a recorded request by the target's ids of the same number: the same ids on the embedded
 * tenant, the configured test ids on a live one (which skips the scenario for ids it does not have).
 */
final class IdPlaceholders {

    /** A whole id: not part of a longer one such as {@code org-test-0001-eu}. */
    static final Pattern PLACEHOLDER = Pattern.compile("(?<![\\w-])(org|user|group)-test-(\\d{4})(?![\\w-])");

    private IdPlaceholders() {}

    static Exchange.Request substitute(Exchange.Request request, TestIds ids) {
        return new Exchange.Request(
                request.method(),
                replace(request.rawPath(), ids, IdPlaceholders::pathSegment),
                request.rawQuery() == null ? null : replace(request.rawQuery(), ids, IdPlaceholders::queryValue),
                request.headers(),
                request.body() == null ? null : replace(request.body(), ids, IdPlaceholders::jsonString));
    }

    private static String replace(String text, TestIds ids, Function<String, String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int number = Integer.parseInt(matcher.group(2));
            String id = switch (matcher.group(1)) {
                case "org" -> ids.org(number);
                case "user" -> ids.user(number);
                default -> ids.group(number);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(id)));
        }
        return matcher.appendTail(out).toString();
    }

    private static String pathSegment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String queryValue(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** Inside a JSON string (the ids recordings hold are strings). */
    private static String jsonString(String id) {
        return id.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
