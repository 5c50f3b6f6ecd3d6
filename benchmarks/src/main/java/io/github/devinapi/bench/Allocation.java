package io.github.devinapi.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * A memory target of a {@link Comparison}: the table adds the heap each side allocates per operation
 * ({@link AllocationProfiler}) and its ratio to a size the benchmark names, such as the request body's bytes,
 * and judges that ratio where the comparison's parameters are {@link #at()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface Allocation {

    /** A public static method of the benchmark class, {@code long name(java.util.Map<String, String> params)}. */
    String per();

    /** What that size is, as the table names it ("body byte"). */
    String unit();

    /** The largest acceptable allocation per operation, in those units. */
    double max();

    /** Only rows with this parameter value are judged (e.g. "users=100000"); empty for all. */
    String at() default "";
}
