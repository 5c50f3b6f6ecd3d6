package io.github.devinapi.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The method name chosen for one operation, and why it is not the plain rule's name when it is not.
 *
 * @param collidesWith the operations whose plain name is the same, when that is why the name differs
 * @param overridden   the name comes from {@code operation-names.properties}
 */
public record NameChoice(
        SpecOperation operation, String name, String plainName, List<SpecOperation> collidesWith, boolean overridden) {

    public NameChoice {
        collidesWith = List.copyOf(collidesWith);
    }

    public boolean differsFromPlainRule() {
        return !name.equals(plainName);
    }

    /** "GET /a/{id} -> getAByFooId (plain rule: getA, collides with GET /a)". */
    public String describe() {
        String why;
        if (overridden) {
            why = "set in operation-names.properties";
        } else {
            why = "collides with "
                    + collidesWith.stream().map(SpecOperation::key).collect(Collectors.joining(", "));
        }
        return operation.key() + " -> " + name + " (plain rule: " + plainName + ", " + why + ")";
    }
}
