package io.github.devinapi.client;

/**
 * A successful status with a body that is not the declared JSON: an HTML page, truncated or malformed
 * JSON, values of the wrong type, or no body at all.
 */
public class InvalidResponseException extends DevinApiException {

    public InvalidResponseException(String message, ErrorContext context, Throwable cause) {
        super(message, context, cause);
    }
}
