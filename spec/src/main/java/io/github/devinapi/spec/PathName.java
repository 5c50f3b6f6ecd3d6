package io.github.devinapi.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The plain naming rule: a method name from the HTTP method and the path alone (see
 * {@link OperationNames} for the rule in words). Also keeps what the plain name leaves out (the
 * dropped prefix segments and the path parameters), which is what tells colliding operations apart.
 *
 * @param verb       {@code list}, {@code get}, {@code add}, ... or an action such as {@code cancel}
 * @param words      the PascalCase words after the verb
 * @param prefix     the leading segments dropped from the path ({@code beta}, {@code v2}, {@code enterprise})
 * @param parameters the names of the path parameters, in path order
 */
public record PathName(String verb, List<String> words, List<String> prefix, List<String> parameters) {

    private static final Pattern VERSION_SEGMENT = Pattern.compile("v\\d+");

    public PathName {
        words = List.copyOf(words);
        prefix = List.copyOf(prefix);
        parameters = List.copyOf(parameters);
    }

    public static PathName of(String method, String path) {
        List<String> segments =
                new ArrayList<>(List.of(path.replaceAll("^/+|/+$", "").split("/+")));
        segments.removeIf(String::isEmpty);
        List<String> prefix = dropPrefix(segments);
        List<String> parameters = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean endsWithParameter = false;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                parameters.add(segment.substring(1, segment.length() - 1));
                endsWithParameter = true;
                continue;
            }
            endsWithParameter = false;
            boolean itemFollows = i + 1 < segments.size() && isParameter(segments.get(i + 1));
            words.add(pascal(itemFollows ? singular(segment) : segment));
        }
        if (words.isEmpty()) {
            words.add("Root");
        }
        String last = words.get(words.size() - 1);
        boolean nested = words.size() > 1;
        boolean plural = !singular(last).equals(last);
        String verb;
        switch (method.toUpperCase(Locale.ROOT)) {
            case "GET" -> verb = endsWithParameter || !plural ? "get" : "list";
            case "POST" -> {
                if (endsWithParameter) {
                    verb = "update";
                } else if (!plural && nested) {
                    // an action: POST /sessions/{id}/cancel -> cancelSession, /members/invite -> inviteMembers
                    words.remove(words.size() - 1);
                    verb = decapitalize(last);
                } else if (nested) {
                    verb = "add";
                } else {
                    verb = "create";
                    words.set(words.size() - 1, singular(last));
                }
            }
            case "PUT", "PATCH" -> verb = "update";
            case "DELETE" -> verb = nested ? "remove" : "delete";
            default -> verb = method.toLowerCase(Locale.ROOT);
        }
        return new PathName(verb, words, prefix, parameters);
    }

    /** The name by the plain rule: {@code addOrganizationMembers}. */
    public String plain() {
        return qualified(List.of(), List.of());
    }

    /** The name with extra words after the verb and at the end: {@code getConsumptionDaily} + "ByUserId". */
    public String qualified(List<String> afterVerb, List<String> atEnd) {
        return verb + String.join("", afterVerb) + String.join("", words) + String.join("", atEnd);
    }

    /**
     * Removes and returns the static segments up to the first version segment ({@code beta/v2}), and an
     * {@code enterprise} segment after it, as long as a segment is left; other paths keep all segments.
     */
    private static List<String> dropPrefix(List<String> segments) {
        int version = -1;
        for (int i = 0; i + 1 < segments.size() && !isParameter(segments.get(i)); i++) {
            if (VERSION_SEGMENT.matcher(segments.get(i)).matches()) {
                version = i;
                break;
            }
        }
        if (version < 0) {
            return List.of();
        }
        int end = version + 1;
        if (end + 1 < segments.size() && segments.get(end).equals("enterprise")) {
            end++;
        }
        List<String> dropped = new ArrayList<>(segments.subList(0, end));
        segments.subList(0, end).clear();
        return dropped;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    static String singular(String word) {
        String w = word;
        if (w.endsWith("ies") && w.length() > 3) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("uses")) {
            return w.substring(0, w.length() - 2);
        }
        // "analysis", "status", "access" are singular already
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 1) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static String pascal(String segment) {
        StringBuilder out = new StringBuilder();
        for (String part : segment.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static String decapitalize(String word) {
        return Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }
}
