package io.github.devinapi.contract.model;

import io.github.devinapi.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the contract as the engine sees it: where it lives, the name the generated client
 * gives it, the statuses it declares, and whether it needs a bearer token.
 *
 * @param spec the operation as the document writes it (schemas, parameters)
 */
public record ContractOperation(
        SpecOperation spec, String name, Set<String> declaredStatuses, boolean requiresBearer, Pattern pathPattern) {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]+}");

    public ContractOperation {
        declaredStatuses = Set.copyOf(declaredStatuses);
    }

    public static ContractOperation of(
            SpecOperation spec, String name, Set<String> declaredStatuses, boolean requiresBearer) {
        return new ContractOperation(
                spec, name, declaredStatuses, requiresBearer, Pattern.compile(pathRegex(spec.path())));
    }

    public String method() {
        return spec.method();
    }

    public String pathTemplate() {
        return spec.path();
    }

    public String tag() {
        return spec.tag();
    }

    /** Every tag the spec gives it, the first ({@link #tag()}) first; ["default"] without one. */
    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        spec.node().path("tags").forEach(tag -> tags.add(tag.asText()));
        return tags.isEmpty() ? List.of(spec.tag()) : List.copyOf(tags);
    }

    /** "POST /v2/enterprise/organizations/{org_id}/members": the key the report is organised by. */
    public String key() {
        return spec.key();
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
        return method().equals(requestMethod.toUpperCase(Locale.ROOT)) && matchesPath(rawPath);
    }

    public boolean matchesPath(String rawPath) {
        return pathPattern.matcher(rawPath).matches();
    }

    /** A regular expression for the template: each {parameter} is one non-empty path segment. */
    public String pathRegex() {
        return pathPattern.pattern();
    }

    /** The length of the template's literal parts: literal segments outrank parameters. */
    int literalLength() {
        return PARAMETER.matcher(pathTemplate()).replaceAll("").length();
    }

    private static String pathRegex(String template) {
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(template.substring(last, parameters.start())))
                    .append("[^/]+");
            last = parameters.end();
        }
        return regex.append(Pattern.quote(template.substring(last))).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
