package io.github.devinapi.bench;

import java.util.HashMap;
import java.util.Map;

/** Command-line arguments of the form {@code --name=value}, as the bench command and {@link Interleaved} take them. */
final class Flags {

    private Flags() {}

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
