package io.github.devinapi.contract.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.github.devinapi.contract.spec.ContractSpec;
import java.nio.charset.StandardCharsets;

/**
 * The validator core exactly as {@link ContractValidator} builds it (same spec text, same levels), for the
 * benchmarks to call directly. In this package because the levels are package-private to the suite.
 */
public final class ValidatorCore {

    private ValidatorCore() {
    }

    public static OpenApiInteractionValidator forSpec(ContractSpec spec) {
        return OpenApiInteractionValidator
                .createForInlineApiSpecification(new String(spec.document().bytes(), StandardCharsets.UTF_8))
                .withLevelResolver(ValidationLevels.resolver())
                .build();
    }
}
