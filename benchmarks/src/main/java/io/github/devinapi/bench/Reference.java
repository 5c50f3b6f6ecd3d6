package io.github.devinapi.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * A further baseline of a {@link Comparison}: measured in the same run and shown with its ratio to the
 * {@link Baseline}, never judged itself; a side names it in {@link Against} to be judged against it too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.METHOD)
public @interface Reference {}
