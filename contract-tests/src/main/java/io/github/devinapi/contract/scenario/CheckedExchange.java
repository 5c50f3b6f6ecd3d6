package io.github.devinapi.contract.scenario;

import java.util.List;

/**
 * One validated exchange, as the report counts it.
 *
 * @param operationKey "POST /v2/..." of the spec, or null when the request matched no operation
 * @param operationName the readable name ("addOrganizationMembers"), or null
 * @param failures each violation, described; empty when the exchange conforms
 * @param specGap the status is not declared by the spec, and the scenario expected exactly it
 */
public record CheckedExchange(
        String scenario,
        ScenarioSource source,
        String operationKey,
        String operationName,
        int status,
        List<String> failures,
        boolean specGap) {

    public CheckedExchange {
        failures = List.copyOf(failures);
    }

    public boolean ok() {
        return failures.isEmpty();
    }
}
