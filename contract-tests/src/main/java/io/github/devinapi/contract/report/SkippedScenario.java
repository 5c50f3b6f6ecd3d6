package io.github.devinapi.contract.report;

/** A scenario the run did not carry out, and the reason it gave. */
public record SkippedScenario(String scenario, String reason) {}
