package io.github.devinapi.client;

/** HTTP 403: the key is valid but may not do this (enterprise admin keys only). */
public class PermissionDeniedException extends DevinApiException {

    public PermissionDeniedException(String message, ErrorContext context) {
        super(message, context, null);
    }
}
