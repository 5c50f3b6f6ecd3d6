package io.github.devinapi.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * A target of a side against another side of its comparison (usually a {@link Reference}), besides its
 * target against the {@link Baseline}: the table adds a line under the side with that ratio and its verdict.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.METHOD)
@Repeatable(Against.All.class)
public @interface Against {

    /** The benchmark method (of the same class) compared with. */
    String value();

    /** The largest acceptable ratio of this side's time per operation to that method's. */
    double maxRatio();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(ElementType.METHOD)
    @interface All {
        Against[] value();
    }
}
