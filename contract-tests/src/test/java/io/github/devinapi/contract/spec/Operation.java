package io.github.devinapi.contract.spec;

import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the spec as the suite sees it: where it lives, its readable name, the statuses
 * it declares, and whether it needs a bearer token.
 */
public record Operation(
        String method, String pathTemplate, String name, String operationId, Set<String> declaredStatuses,
        boolean requiresBearer) {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]+}");
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /** "POST /v2/enterprise/organizations/{org_id}/members": the key the report is organised by. */
    public String key() {
        return method + " " + pathTemplate;
    }

    /** "addOrganizationMembers (POST /v2/...)": how failure messages name it. */
    public String describe() {
        return name + " (" + key() + ")";
    }

    public boolean declares(int status) {
        return declaredStatuses.contains(Integer.toString(status))
                || declaredStatuses.contains(status / 100 + "XX")
                || declaredStatuses.contains("default");
    }

    /** Whether a request (method, raw path as sent, percent-encoded) is an instance of this operation. */
    public boolean matches(String requestMethod, String rawPath) {
        return method.equals(requestMethod.toUpperCase(Locale.ROOT)) && pathPattern().matcher(rawPath).matches();
    }

    public boolean matchesPath(String rawPath) {
        return pathPattern().matcher(rawPath).matches();
    }

    /** A regular expression for the template: each {parameter} is one non-empty path segment. */
    public String pathRegex() {
        Matcher parameters = PARAMETER.matcher(pathTemplate);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(pathTemplate.substring(last, parameters.start()))).append("[^/]+");
            last = parameters.end();
        }
        return regex.append(Pattern.quote(pathTemplate.substring(last))).toString();
    }

    private Pattern pathPattern() {
        // Every exchange is matched against every operation: compile each template once per JVM.
        return PATTERNS.computeIfAbsent(pathTemplate, template -> Pattern.compile(pathRegex()));
    }
}
