package io.github.devinapi.contract.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.spec.OperationNames;
import io.github.devinapi.spec.SpecDocument;
import io.github.devinapi.spec.SpecOperation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every operation of a spec, with the names the generated client gives them. */
public final class OperationCatalog {

    private final List<ContractOperation> operations;

    private OperationCatalog(List<ContractOperation> operations) {
        this.operations = List.copyOf(operations);
    }

    /** Reads the operations of {@code document}; readable names honour {@code operation-names.properties} beside it. */
    public static OperationCatalog of(SpecDocument document) {
        JsonNode root = document.root();
        Path names = document.file().toAbsolutePath().resolveSibling("operation-names.properties");
        Map<SpecOperation, String> named = OperationNames.load(names).assign(SpecOperation.all(root));
        List<ContractOperation> operations = new ArrayList<>();
        named.forEach((operation, name) -> operations.add(ContractOperation.of(
                operation, name, declaredStatuses(operation.node()), BearerRequirement.of(root, operation.node()))));
        return new OperationCatalog(operations);
    }

    public List<ContractOperation> all() {
        return operations;
    }

    /** The operation a request (method and raw, percent-encoded path) is sent to, if the spec has one. */
    public Optional<ContractOperation> find(String method, String rawPath) {
        // Literal segments outrank parameters: /orgs/mine before /orgs/{id}.
        return operations.stream()
                .filter(operation -> operation.matches(method, rawPath))
                .max((a, b) -> Integer.compare(a.literalLength(), b.literalLength()));
    }

    /** The operation with this key ("POST /v2/..."), if the spec has it. */
    public Optional<ContractOperation> byKey(String key) {
        return operations.stream()
                .filter(operation -> operation.key().equals(key))
                .findFirst();
    }

    public boolean hasPath(String rawPath) {
        return operations.stream().anyMatch(operation -> operation.matchesPath(rawPath));
    }

    private static Set<String> declaredStatuses(JsonNode operation) {
        Set<String> statuses = new LinkedHashSet<>();
        operation.path("responses").fieldNames().forEachRemaining(statuses::add);
        return Collections.unmodifiableSet(statuses);
    }
}
