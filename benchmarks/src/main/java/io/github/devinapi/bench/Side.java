package io.github.devinapi.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** What a benchmark method measures, as the table names it. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.METHOD)
public @interface Side {

    String value();

    /** False for a row that only breaks a cost down: it shows its ratio but is not held to the target. */
    boolean judged() default true;
}
