package io.github.devinapi.client;

import java.util.Optional;
import java.util.function.Function;

/** What the client reads from environment variables: {@code DEVIN_API_KEY}, {@code DEVIN_API_BASE_URL}, {@code DEVIN_LOG}. */
final class EnvironmentSettings {

    private final Function<String, String> variables;

    EnvironmentSettings(Function<String, String> variables) {
        this.variables = variables;
    }

    /** Required: fails naming the variable to set. */
    String apiKey() {
        String key = variables.apply("DEVIN_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("DEVIN_API_KEY is not set: set it to a Devin personal API key "
                    + "(apk_user_...) of an enterprise admin");
        }
        return key.trim();
    }

    Optional<String> baseUrl() {
        String url = variables.apply("DEVIN_API_BASE_URL");
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** {@link LogLevel#OFF} when unset. */
    LogLevel logLevel() {
        String value = variables.apply("DEVIN_LOG");
        if (value == null || value.isBlank()) {
            return LogLevel.OFF;
        }
        try {
            return LogLevel.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DEVIN_LOG must be off, info or debug, was \"" + value + "\"");
        }
    }
}
