package io.github.devinapi.client;

/** HTTP 5xx: the server or a gateway in front of it failed. Retried where safe. */
public class InternalServerException extends DevinApiException {

    public InternalServerException(String message, ErrorContext context) {
        super(message, context, null);
    }
}
