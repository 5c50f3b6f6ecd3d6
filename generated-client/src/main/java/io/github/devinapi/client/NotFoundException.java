package io.github.devinapi.client;

/** HTTP 404: no such resource, or the key cannot see it. */
public class NotFoundException extends DevinApiException {

    public NotFoundException(String message, ErrorContext context) {
        super(message, context, null);
    }
}
