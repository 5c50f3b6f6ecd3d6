package io.github.devinapi.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Makes a benchmark class one section of the table: what it compares, and the target. Its {@link Baseline}
 * method is measured in the same run, and every other {@link Side} is reported as a ratio to it (time per
 * operation, with the same parameters and thread count).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Comparison {

    /** The section's number in the table. */
    int number();

    String title();

    /** The target in words, as the table prints it. */
    String target();

    /** The largest acceptable ratio of a side's time per operation to the baseline's; 0 for none. */
    double maxRatio() default 0;

    /** Only rows with this parameter value are held to {@link #maxRatio()} (e.g. "users=10000"); empty for all. */
    String targetAt() default "";
}
