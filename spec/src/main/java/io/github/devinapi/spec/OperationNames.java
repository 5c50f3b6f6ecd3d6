package io.github.devinapi.spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Readable Java method names for the operations of any spec, by one rule plus an override file.
 *
 * <p>FastAPI writes operationIds such as
 * {@code enterprise_organizations_member_addition_endpoint_v2_enterprise_organizations__org_id__members_post};
 * the generated method would be unusable. The name is derived from the method and path instead:
 * <ol>
 *   <li>Drop a leading version segment ({@code v2}) and the {@code enterprise} segment after it.</li>
 *   <li>Each static segment becomes a word, in PascalCase; one followed by a path parameter is
 *       singular ({@code organizations/{org_id}} is "Organization").</li>
 *   <li>The verb comes from the HTTP method: GET on an item {@code get}, GET on a collection
 *       {@code list} (or {@code get} when the last word is singular); POST on a nested collection
 *       {@code add}, on a top-level collection {@code create} (singular); POST to a singular last
 *       segment after an item is an action and that segment is the verb ({@code /sessions/{id}/cancel}
 *       is {@code cancelSession}); PUT and PATCH {@code update}; DELETE {@code delete} at the top
 *       level, {@code remove} when nested.</li>
 * </ol>
 * So {@code POST /v2/enterprise/organizations/{org_id}/members} is {@code addOrganizationMembers}.
 * {@code spec/operation-names.properties} overrides the rule per operation, keyed by operationId or by
 * {@code METHOD /path}. Two operations with the same name fail the build, naming both and the fix.
 */
public final class OperationNames {

    private static final Pattern JAVA_IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern VERSION_SEGMENT = Pattern.compile("v\\d+");

    private final Map<String, String> overrides;

    private OperationNames(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    public static OperationNames withoutOverrides() {
        return new OperationNames(Map.of());
    }

    /** Reads the override file; a missing file means no overrides. */
    public static OperationNames load(Path overrideFile) {
        if (overrideFile == null || !Files.exists(overrideFile)) {
            return withoutOverrides();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(overrideFile)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new SpecException(overrideFile + ": cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> overrides = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String name = properties.getProperty(key).trim();
            if (!JAVA_IDENTIFIER.matcher(name).matches()) {
                throw new SpecException(overrideFile + ": '" + key + "=" + name
                        + "': a method name must be a Java identifier starting with a lower-case letter");
            }
            overrides.put(key.trim(), name);
        }
        return new OperationNames(overrides);
    }

    /** The name of every operation of the document, failing on a collision. */
    public Map<SpecOperation, String> assign(List<SpecOperation> operations) {
        Map<SpecOperation, String> names = new LinkedHashMap<>();
        Map<String, SpecOperation> taken = new HashMap<>();
        for (SpecOperation operation : operations) {
            String name = nameOf(operation);
            SpecOperation clash = taken.putIfAbsent(operation.tag() + "." + name, operation);
            if (clash != null) {
                throw new SpecException("operations '" + clash + "' and '" + operation + "' (tag '"
                        + operation.tag() + "') would both be named " + name + "(). Give one a name in "
                        + "spec/operation-names.properties, e.g.\n  " + operation.key().replace(" ", "\\ ")
                        + "=" + name + "Other");
            }
            names.put(operation, name);
        }
        return names;
    }

    public String nameOf(SpecOperation operation) {
        String byKey = overrides.get(operation.key());
        if (byKey != null) {
            return byKey;
        }
        String byId = operation.operationId() == null ? null : overrides.get(operation.operationId());
        return byId != null ? byId : derive(operation.method(), operation.path());
    }

    /** The rule alone, without overrides. */
    public static String derive(String method, String path) {
        List<String> segments = new ArrayList<>(List.of(path.replaceAll("^/+|/+$", "").split("/+")));
        if (!segments.isEmpty() && VERSION_SEGMENT.matcher(segments.get(0)).matches()) {
            segments.remove(0);
            if (!segments.isEmpty() && segments.get(0).equals("enterprise")) {
                segments.remove(0);
            }
        }
        List<String> words = new ArrayList<>();
        boolean endsWithParameter = false;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
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
            case "GET":
                verb = endsWithParameter || !plural ? "get" : "list";
                break;
            case "POST":
                if (endsWithParameter) {
                    verb = "update";
                } else if (!plural && nested && segmentBeforeLastIsParameter(segments)) {
                    // an action on an item: POST /sessions/{id}/cancel -> cancelSession
                    words.remove(words.size() - 1);
                    verb = decapitalize(last);
                    return verb + String.join("", words);
                } else if (nested) {
                    verb = "add";
                } else {
                    verb = "create";
                    words.set(words.size() - 1, singular(last));
                }
                break;
            case "PUT":
            case "PATCH":
                verb = "update";
                break;
            case "DELETE":
                verb = nested ? "remove" : "delete";
                break;
            default:
                verb = method.toLowerCase(Locale.ROOT);
        }
        return verb + String.join("", words);
    }

    private static boolean segmentBeforeLastIsParameter(List<String> segments) {
        return segments.size() >= 2 && isParameter(segments.get(segments.size() - 2));
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    static String singular(String word) {
        String w = word;
        if (w.endsWith("ies") && w.length() > 3) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("uses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 1) {
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
