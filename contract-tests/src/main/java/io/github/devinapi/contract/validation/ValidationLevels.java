package io.github.devinapi.contract.validation;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;

/** The validator's levels, each chosen on purpose; everything else stays at the library's default (error). */
final class ValidationLevels {

    private ValidationLevels() {
    }

    static LevelResolver resolver() {
        return LevelResolver.create()
                // By default the library injects additionalProperties:false into every object schema.
                // The spec's schemas allow extra properties (a newer server may add fields), so that
                // would fail conforming live responses. A schema that forbids them is still enforced.
                .withLevel("validation.schema.additionalProperties", Level.IGNORE)
                // Security is checked by the suite itself (BearerRule), from the spec's security section.
                .withLevel("validation.request.security", Level.IGNORE)
                .build();
    }
}
