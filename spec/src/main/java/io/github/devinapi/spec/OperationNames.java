package io.github.devinapi.spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Readable, stable Java method names for the operations of any spec, by one rule plus an override file.
 *
 * <p>FastAPI writes operationIds such as
 * {@code enterprise_organizations_member_addition_endpoint_v2_enterprise_organizations__org_id__members_post};
 * the generated method would be unusable. The plain rule ({@link PathName}) derives the name from the
 * method and path instead:
 * <ol>
 *   <li>Drop everything up to a version segment ({@code v2}, {@code beta/v2}) and an {@code enterprise}
 *       segment after it.</li>
 *   <li>Each static segment becomes a word, in PascalCase; one followed by a path parameter is
 *       singular ({@code organizations/{org_id}} is "Organization").</li>
 *   <li>The verb comes from the HTTP method: GET on an item {@code get}, GET on a collection
 *       {@code list} (or {@code get} when the last word is singular); POST on a nested collection
 *       {@code add}, on a top-level collection {@code create} (singular); POST to a singular last
 *       segment of a nested path is an action and that segment is the verb ({@code /sessions/{id}/cancel}
 *       is {@code cancelSession}, {@code /members/invite} {@code inviteMembers}); POST on an item,
 *       PUT and PATCH {@code update}; DELETE {@code delete} at the top level, {@code remove} when nested.</li>
 * </ol>
 * So {@code POST /v2/enterprise/organizations/{org_id}/members} is {@code addOrganizationMembers}.
 *
 * <p>Operations of one tag with the same plain name are told apart ({@link NameCollisions}) by what not
 * all of them share: the path's dropped segments and parameters ({@code listEnterpriseMembers},
 * {@code getConsumptionDailyByUserId}), else the words of their operationIds without FastAPI's
 * generated suffix and a handler prefix all operationIds share ({@code updatePartialPlaybook}), else
 * the HTTP method ({@code updateGroupPut}); never by their order. {@code spec/operation-names.properties}
 * sets a name per operation, for taste, keyed by operationId or by {@code METHOD /path}; a name that
 * two operations of one tag still share fails the build, naming both.
 */
public final class OperationNames {

    private static final Pattern JAVA_IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");

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

    /** The name of every operation of the document, in document order, failing on a collision. */
    public Map<SpecOperation, String> assign(List<SpecOperation> operations) {
        Map<SpecOperation, String> names = new LinkedHashMap<>();
        choose(operations).forEach(choice -> names.put(choice.operation(), choice.name()));
        return names;
    }

    /** The name of every operation and how it was chosen, in document order, failing on a collision. */
    public List<NameChoice> choose(List<SpecOperation> operations) {
        Map<SpecOperation, NameChoice> chosen = new HashMap<>();
        List<SpecOperation> byRule = new ArrayList<>();
        for (SpecOperation operation : operations) {
            String override = overrideOf(operation);
            if (override == null) {
                byRule.add(operation);
            } else {
                String plain = derive(operation.method(), operation.path());
                chosen.put(operation, new NameChoice(operation, override, plain, List.of(), true));
            }
        }
        NameCollisions.resolve(byRule, new OperationIdWords(operations))
                .forEach(choice -> chosen.put(choice.operation(), choice));
        List<NameChoice> choices = operations.stream().map(chosen::get).toList();
        failOnCollision(choices);
        return choices;
    }

    /** The override, or else the plain rule; collisions are not considered. */
    public String nameOf(SpecOperation operation) {
        String override = overrideOf(operation);
        return override != null ? override : derive(operation.method(), operation.path());
    }

    /** The plain rule alone, without overrides or collisions. */
    public static String derive(String method, String path) {
        return PathName.of(method, path).plain();
    }

    private String overrideOf(SpecOperation operation) {
        String byKey = overrides.get(operation.key());
        if (byKey != null) {
            return byKey;
        }
        return operation.operationId() == null ? null : overrides.get(operation.operationId());
    }

    private static void failOnCollision(List<NameChoice> choices) {
        // sorted, so that the message names the same two operations whatever the document order
        Map<String, NameChoice> taken = new TreeMap<>();
        for (NameChoice choice : choices.stream()
                .sorted(Comparator.comparing(c -> c.operation().key()))
                .toList()) {
            SpecOperation operation = choice.operation();
            NameChoice clash = taken.putIfAbsent(operation.tag() + "." + choice.name(), choice);
            if (clash == null) {
                continue;
            }
            String cause = choice.overridden() || clash.overridden()
                    ? "an override in spec/operation-names.properties gives a name that is taken; choose another"
                    : "the naming rule cannot tell them apart; give one a name in "
                            + "spec/operation-names.properties, e.g.\n  "
                            + operation.key().replace(" ", "\\ ") + "=" + choice.name() + "Other";
            throw new SpecException("operations '" + clash.operation() + "' and '" + operation + "' (tag '"
                    + operation.tag() + "') would both be named " + choice.name() + "(): " + cause);
        }
    }
}
