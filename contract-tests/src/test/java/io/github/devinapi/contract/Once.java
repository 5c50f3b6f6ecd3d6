package io.github.devinapi.contract;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value computed on first use and kept for the JVM (the spec, the validator, the target). A failure
 * is kept too and reported again, with its message, to every test that needs the value, rather than
 * a NoClassDefFoundError from a failed static initialiser.
 */
public final class Once<T> {

    private final Supplier<T> supplier;
    private T value;
    private RuntimeException failure;

    public Once(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    public synchronized T get() {
        if (value == null && failure == null) {
            try {
                value = supplier.get();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            // A new exception each time: tests must not share (and add suppressed exceptions to) one instance.
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        return value;
    }

    /** The value if it has been computed, without computing it. */
    public synchronized Optional<T> ifComputed() {
        return Optional.ofNullable(value);
    }
}
