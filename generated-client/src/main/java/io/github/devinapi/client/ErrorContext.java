package io.github.devinapi.client;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What is known about a failed request: where it went, what came back and how often it was retried.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the request path without its query, e.g. {@code /v2/enterprise/organizations/org-1/members}
 * @param statusCode the HTTP status, empty when no response arrived
 * @param rawBody the start of the response body (at most {@value #RAW_BODY_LIMIT} bytes, secrets redacted),
 *     {@code ""} if none
 * @param retryCount how many times the request was retried before this failure
 */
public record ErrorContext(String method, String path, OptionalInt statusCode, String rawBody, int retryCount) {

    /** The most bytes of a response body kept for an error; a larger body is cut. */
    public static final int RAW_BODY_LIMIT = 8 * 1024;

    public ErrorContext {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(rawBody, "rawBody");
    }
}
