package io.github.devinapi.client;

import io.github.devinapi.client.model.ValidationError;
import java.util.List;

/** HTTP 422: the request was well-formed but its values did not validate. */
public class UnprocessableEntityException extends DevinApiException {

    private final transient List<ValidationError> validationErrors;

    public UnprocessableEntityException(String message, ErrorContext context, List<ValidationError> validationErrors) {
        super(message, context, null);
        this.validationErrors = List.copyOf(validationErrors);
    }

    /** The validation errors of the response's {@code detail}; empty if it had none in that form. */
    public List<ValidationError> validationErrors() {
        return validationErrors;
    }
}
