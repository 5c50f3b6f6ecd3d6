package io.github.devinapi.contract.model;

import io.github.devinapi.spec.SpecDocument;
import java.nio.file.Path;

/**
 * The contract a run checks against: one OpenAPI document (usually {@code spec/v2-openapi.yaml}) and
 * its operations, with the names the generated client gives them. Read once per run and shared by
 * everything that needs it.
 */
public final class ApiContract {

    private final SpecDocument document;
    private final OperationCatalog operations;

    private ApiContract(SpecDocument document) {
        this.document = document;
        this.operations = OperationCatalog.of(document);
    }

    /** Reads and checks the document; a malformed one is refused naming file, line and problem. */
    public static ApiContract load(Path file) {
        return new ApiContract(SpecDocument.load(file));
    }

    public Path file() {
        return document.file();
    }

    public SpecDocument document() {
        return document;
    }

    public OperationCatalog operations() {
        return operations;
    }
}
