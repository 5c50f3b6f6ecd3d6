package io.github.devinapi.contract.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of hand-written scenarios: each test method may take a {@link Scenario} parameter,
 * named after the test, and fails if the embedded tenant served anything that breaks the spec during it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ContractRunExtension.class)
@Tag("contract")
public @interface ContractScenarios {}
