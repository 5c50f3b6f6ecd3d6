package io.github.devinapi.client;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A failed call to the Devin API. The subclass says what went wrong; {@link #getMessage()} says what to
 * do about it. Never contains the API key.
 */
public abstract class DevinApiException extends RuntimeException {

    private final transient ErrorContext context;

    protected DevinApiException(String message, ErrorContext context, Throwable cause) {
        super(message, cause);
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Method, path, status, body and retry count together. */
    public ErrorContext context() {
        return context;
    }

    /** The HTTP method of the failed request, e.g. {@code POST}. */
    public String method() {
        return context.method();
    }

    /** The path of the failed request, without its query. */
    public String path() {
        return context.path();
    }

    /** The HTTP status of the response, empty when none arrived. */
    public OptionalInt statusCode() {
        return context.statusCode();
    }

    /** The start of the response body (at most {@value ErrorContext#RAW_BODY_LIMIT} bytes), secrets redacted. */
    public String rawBody() {
        return context.rawBody();
    }

    /** How many times the request was retried before it failed for good. */
    public int retryCount() {
        return context.retryCount();
    }
}
