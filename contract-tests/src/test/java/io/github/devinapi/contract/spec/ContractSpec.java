package io.github.devinapi.contract.spec;

import io.github.devinapi.contract.Once;
import io.github.devinapi.spec.SpecDocument;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The spec this run checks against: the file named by the {@code devin.spec.file} system property
 * (set by the build to {@code spec/v2-openapi.yaml}), read once per JVM.
 */
public final class ContractSpec {

    public static final String SPEC_FILE_PROPERTY = "devin.spec.file";

    private static final Once<ContractSpec> SHARED = new Once<>(() -> load(specFile()));

    private final SpecDocument document;
    private final OperationCatalog operations;

    private ContractSpec(SpecDocument document) {
        this.document = document;
        this.operations = OperationCatalog.of(document);
    }

    public static ContractSpec get() {
        return SHARED.get();
    }

    public static ContractSpec load(Path file) {
        return new ContractSpec(SpecDocument.load(file));
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

    private static Path specFile() {
        String configured = System.getProperty(SPEC_FILE_PROPERTY);
        Path file = configured != null ? Path.of(configured) : Path.of("../spec/v2-openapi.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No spec at " + file.toAbsolutePath() + ": run through Maven, or set -D"
                    + SPEC_FILE_PROPERTY + "=<path to spec/v2-openapi.yaml>");
        }
        return file;
    }
}
