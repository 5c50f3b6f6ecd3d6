package io.github.devinapi.client;

import java.util.function.Consumer;

/** Where the client's log lines go, at which level; every line is redacted on the way. */
final class HttpLog {

    private final LogLevel level;
    private final Consumer<String> sink;
    private final Redactor redactor;

    HttpLog(LogLevel level, Consumer<String> sink, Redactor redactor) {
        this.level = level;
        this.sink = sink;
        this.redactor = redactor;
    }

    /** Writes through {@link System.Logger} {@code io.github.devinapi.client} at INFO: the level is chosen here. */
    static Consumer<String> systemLogger() {
        System.Logger logger = System.getLogger("io.github.devinapi.client");
        return line -> logger.log(System.Logger.Level.INFO, line);
    }

    boolean logs(LogLevel wanted) {
        return wanted != LogLevel.OFF && level.compareTo(wanted) >= 0;
    }

    void info(String line) {
        write(LogLevel.INFO, line);
    }

    void debug(String line) {
        write(LogLevel.DEBUG, line);
    }

    Redactor redactor() {
        return redactor;
    }

    private void write(LogLevel wanted, String line) {
        if (logs(wanted)) {
            sink.accept(redactor.text(line));
        }
    }
}
