package io.github.devinapi.spec;

/** A spec, override file or checksum that the build cannot accept; the message says where and what to do. */
public final class SpecException extends RuntimeException {

    public SpecException(String message) {
        super(message);
    }

    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
