package io.github.devinapi.bench;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.devinapi.contract.validation.ContractValidator;

/**
 * The validator cores exactly as {@link ContractValidator} uses them (one for the spec as written, one for
 * parameters on its 3.0 view), called directly: the baseline the adapters are measured against.
 */
final class ValidatorCores {

    private final OpenApiInteractionValidator core;
    private final OpenApiInteractionValidator parameterCore;

    ValidatorCores(ContractValidator validator) {
        this.core = validator.core();
        this.parameterCore = validator.parameterCore();
    }

    /** The raw validation of one exchange, both cores, no adapter and no suite logic around it. */
    ValidationReport validate(Request request, String path, Request.Method method, Response response) {
        return core.validateRequest(request)
                .merge(parameterCore.validateRequest(request))
                .merge(core.validateResponse(path, method, response));
    }
}
