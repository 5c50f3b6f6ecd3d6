package io.github.devinapi.client;

/** HTTP 400: the server rejected the request as malformed. */
public class BadRequestException extends DevinApiException {

    public BadRequestException(String message, ErrorContext context) {
        super(message, context, null);
    }
}
