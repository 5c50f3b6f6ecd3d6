package io.github.devinapi.contract.validation;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.model.OperationCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link OperationCatalog#find} with fewer path patterns tried: a template's parameter is one path segment, so a
 * request can only be an instance of the operations of its method with as many segments as its path. Those are
 * tried in the catalog's order of precedence (longest literal parts first; among equals, the catalog's order),
 * so the first that matches is the one the catalog finds.
 */
final class OperationIndex {

    /** As the catalog counts literal parts: the template without its {parameters}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]+}");

    private final Map<String, List<ContractOperation>> byMethodAndSegments = new HashMap<>();

    OperationIndex(OperationCatalog catalog) {
        for (ContractOperation operation : catalog.all()) {
            byMethodAndSegments
                    .computeIfAbsent(
                            key(operation.method(), segments(operation.pathTemplate())), key -> new ArrayList<>())
                    .add(operation);
        }
        Comparator<ContractOperation> precedence =
                Comparator.comparingInt(OperationIndex::literalLength).reversed();
        byMethodAndSegments
                .values()
                .forEach(operations -> operations.sort(precedence)); // stable: ties keep their order
    }

    Optional<ContractOperation> find(String method, String rawPath) {
        List<ContractOperation> candidates =
                byMethodAndSegments.get(key(method.toUpperCase(Locale.ROOT), segments(rawPath)));
        if (candidates != null) {
            for (ContractOperation operation : candidates) {
                if (operation.matches(method, rawPath)) {
                    return Optional.of(operation);
                }
            }
        }
        return Optional.empty();
    }

    private static String key(String method, int segments) {
        return method + ' ' + segments;
    }

    private static int segments(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes;
    }

    private static int literalLength(ContractOperation operation) {
        return PARAMETER.matcher(operation.pathTemplate()).replaceAll("").length();
    }
}
