package io.github.devinapi.client;

/** Any HTTP status that no other exception stands for, e.g. 408, 409 or a redirect. */
public class UnexpectedStatusException extends DevinApiException {

    public UnexpectedStatusException(String message, ErrorContext context) {
        super(message, context, null);
    }
}
