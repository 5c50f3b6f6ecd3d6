package io.github.devinapi.client;

import java.util.Locale;

/** How much DevinClient logs. Whatever the level, secrets are redacted. */
public enum LogLevel {
    /** Nothing (the default). */
    OFF,
    /** One line per request, response, failure and retry. */
    INFO,
    /** Also headers and bodies, at most 8 KiB of each. */
    DEBUG;

    /** Reads {@code off}, {@code info} or {@code debug} (any case), as in {@code DEVIN_LOG}. */
    public static LogLevel parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("log level must be off, info or debug, was \"" + value + "\"");
        }
    }
}
