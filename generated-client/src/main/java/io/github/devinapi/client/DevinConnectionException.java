package io.github.devinapi.client;

import java.io.IOException;

/** No complete response: the connection failed, was reset or closed early, or an attempt timed out. */
public class DevinConnectionException extends DevinApiException {

    public DevinConnectionException(String message, ErrorContext context, IOException cause) {
        super(message, context, cause);
    }
}
