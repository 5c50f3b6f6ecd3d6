package io.github.devinapi.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * A size parameter of a {@link Comparison}: the table shows the cost per unit at each size, and how time grows
 * between the two largest sizes (as an exponent: 1 is linear, 2 quadratic).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
public @interface PerUnit {

    /** The {@code @Param} field that holds the size. */
    String param();

    /** Its unit, singular ("user", "case"). */
    String unit();

    /** The largest acceptable growth exponent; 0 for none. */
    double maxExponent() default 0;
}
