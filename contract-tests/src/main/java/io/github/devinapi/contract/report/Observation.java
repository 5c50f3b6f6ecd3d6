package io.github.devinapi.contract.report;

/** Something a scenario observed and the run reports without failing on it. */
public record Observation(String scenario, String text) {}
