package io.github.devinapi.client;

/** HTTP 401: the API key is missing, wrong, expired or revoked. */
public class AuthenticationException extends DevinApiException {

    public AuthenticationException(String message, ErrorContext context) {
        super(message, context, null);
    }
}
