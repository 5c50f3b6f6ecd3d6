package io.github.devinapi.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Tells apart operations of one tag whose plain names are the same, by what differs between them:
 * first the path (dropped prefix segments after the verb, path parameters as "By..." at the end),
 * then the words of their operationIds after the verb, then the HTTP method at the end. Each step
 * sees only a group of colliding operations and uses only what not all of them share, so the names
 * depend on the spec, never on the order of its operations; an operation that lacks what sets the
 * others apart keeps its plain name.
 */
final class NameCollisions {

    private static final Comparator<SpecOperation> BY_KEY = Comparator.comparing(SpecOperation::key);

    private final OperationIdWords operationIds;
    private final Map<SpecOperation, Qualified> names = new HashMap<>();
    private final List<Function<List<SpecOperation>, Map<SpecOperation, Qualified>>> steps =
            List.of(this::byPath, this::byOperationId, this::byMethod);

    private NameCollisions(List<SpecOperation> operations, OperationIdWords operationIds) {
        this.operationIds = operationIds;
        operations.forEach(operation -> names.put(
                operation, new Qualified(PathName.of(operation.method(), operation.path()), List.of(), List.of())));
    }

    /** The name of every operation, in the given order: the plain one, or one told apart from its collisions. */
    static List<NameChoice> resolve(List<SpecOperation> operations, OperationIdWords operationIds) {
        NameCollisions collisions = new NameCollisions(operations, operationIds);
        Map<SpecOperation, List<SpecOperation>> plainGroups = new HashMap<>();
        for (List<SpecOperation> group : collisions.collidingGroups(operations)) {
            group.forEach(operation -> plainGroups.put(operation, group));
            collisions.settle(group, 0);
        }
        List<NameChoice> choices = new ArrayList<>();
        for (SpecOperation operation : operations) {
            Qualified qualified = collisions.names.get(operation);
            List<SpecOperation> others = new ArrayList<>(plainGroups.getOrDefault(operation, List.of()));
            others.remove(operation);
            choices.add(
                    new NameChoice(operation, qualified.name(), qualified.path().plain(), others, false));
        }
        return choices;
    }

    private void settle(List<SpecOperation> group, int step) {
        if (step == steps.size()) {
            return; // still the same name: OperationNames reports it
        }
        names.putAll(steps.get(step).apply(group));
        for (List<SpecOperation> rest : collidingGroups(group)) {
            settle(rest, step + 1);
        }
    }

    /** Operations of one tag with the same current name, in a fixed order. */
    private List<List<SpecOperation>> collidingGroups(Collection<SpecOperation> operations) {
        Map<String, List<SpecOperation>> byName = new TreeMap<>();
        for (SpecOperation operation : operations) {
            byName.computeIfAbsent(operation.tag() + "." + names.get(operation).name(), k -> new ArrayList<>())
                    .add(operation);
        }
        List<List<SpecOperation>> groups = new ArrayList<>();
        byName.values().stream().filter(group -> group.size() > 1).forEach(group -> {
            group.sort(BY_KEY);
            groups.add(group);
        });
        return groups;
    }

    /** {@code beta}, {@code enterprise} after the verb; {@code {user_id}} as "ByUserId" at the end. */
    private Map<SpecOperation, Qualified> byPath(List<SpecOperation> group) {
        Set<String> shared = shared(group, operation -> {
            PathName path = names.get(operation).path();
            Set<String> tokens = new HashSet<>();
            path.prefix().forEach(segment -> tokens.add("/" + segment));
            path.parameters().forEach(parameter -> tokens.add("{" + parameter + "}"));
            return tokens;
        });
        Map<SpecOperation, Qualified> renamed = new HashMap<>();
        for (SpecOperation operation : group) {
            Qualified current = names.get(operation);
            List<String> prefix = current.path().prefix().stream()
                    .filter(segment -> !shared.contains("/" + segment))
                    .map(PathName::pascal)
                    .toList();
            List<String> parameters = current.path().parameters().stream()
                    .filter(parameter -> !shared.contains("{" + parameter + "}"))
                    .map(PathName::pascal)
                    .toList();
            List<String> atEnd = parameters.isEmpty() ? List.of() : List.of("By" + String.join("And", parameters));
            renamed.put(operation, current.with(prefix, atEnd));
        }
        return renamed;
    }

    /** The operationId words not all of the group share and not in the name yet, after the verb. */
    private Map<SpecOperation, Qualified> byOperationId(List<SpecOperation> group) {
        Set<String> shared = shared(group, operation -> new HashSet<>(operationIds.of(operation)));
        Map<SpecOperation, Qualified> renamed = new HashMap<>();
        for (SpecOperation operation : group) {
            Qualified current = names.get(operation);
            Set<String> inName = new HashSet<>();
            OperationIdWords.split(current.name()).forEach(word -> inName.add(PathName.singular(word)));
            Set<String> extra = new LinkedHashSet<>();
            for (String word : operationIds.of(operation)) {
                if (!shared.contains(word) && !inName.contains(PathName.singular(word))) {
                    extra.add(PathName.pascal(word));
                }
            }
            renamed.put(operation, current.with(List.copyOf(extra), List.of()));
        }
        return renamed;
    }

    /** PUT and PATCH on one path without telling operationIds: "Put", "Patch" at the end. */
    private Map<SpecOperation, Qualified> byMethod(List<SpecOperation> group) {
        Set<String> shared = shared(group, operation -> Set.of(operation.method()));
        Map<SpecOperation, Qualified> renamed = new HashMap<>();
        for (SpecOperation operation : group) {
            List<String> atEnd = shared.contains(operation.method())
                    ? List.of()
                    : List.of(PathName.pascal(operation.method().toLowerCase(Locale.ROOT)));
            renamed.put(operation, names.get(operation).with(List.of(), atEnd));
        }
        return renamed;
    }

    /** What every operation of the group has. */
    private static Set<String> shared(List<SpecOperation> group, Function<SpecOperation, Set<String>> of) {
        Set<String> shared = new HashSet<>(of.apply(group.get(0)));
        group.forEach(operation -> shared.retainAll(of.apply(operation)));
        return shared;
    }

    /** A plain path name with words added after the verb and at the end. */
    private record Qualified(PathName path, List<String> afterVerb, List<String> atEnd) {

        String name() {
            return path.qualified(afterVerb, atEnd);
        }

        Qualified with(List<String> moreAfterVerb, List<String> moreAtEnd) {
            List<String> after = new ArrayList<>(afterVerb);
            after.addAll(moreAfterVerb);
            List<String> end = new ArrayList<>(atEnd);
            end.addAll(moreAtEnd);
            return new Qualified(path, after, end);
        }
    }
}
