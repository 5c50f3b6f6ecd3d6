package io.github.devinapi.contract.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * The validator cores exactly as {@link ContractValidator} uses them (one for the spec as written, one
 * for parameters on its 3.0 view), for the benchmarks to call directly. In this package because the
 * cores are package-private to the suite.
 */
public final class ValidatorCore {

    private final OpenApiInteractionValidator core;
    private final OpenApiInteractionValidator parameterCore;

    private ValidatorCore(ContractValidator validator) {
        this.core = validator.core();
        this.parameterCore = validator.parameterCore();
    }

    public static ValidatorCore of(ContractValidator validator) {
        return new ValidatorCore(validator);
    }

    /** The raw validation of one exchange, both cores, no adapter and no suite logic around it. */
    public ValidationReport validate(Request request, String path, Request.Method method, Response response) {
        return core.validateRequest(request)
                .merge(parameterCore.validateRequest(request))
                .merge(core.validateResponse(path, method, response));
    }
}
