package io.github.devinapi.contract.validation;

import io.github.devinapi.contract.model.ContractOperation;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking one exchange against the spec.
 *
 * @param violations what breaks the spec and was not meant to: any one fails the scenario
 * @param intendedRequestViolations how a negative scenario's request breaks the spec, as it means to
 * @param specGap the response has a status the spec does not declare, and the scenario expected exactly it
 */
public record Verdict(
        Exchange exchange,
        Optional<ContractOperation> operation,
        List<Violation> violations,
        List<Violation> intendedRequestViolations,
        boolean specGap) {

    public Verdict {
        violations = List.copyOf(violations);
        intendedRequestViolations = List.copyOf(intendedRequestViolations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }

    public int status() {
        return exchange.response() == null ? 0 : exchange.response().status();
    }

    /** The failure message: names the scenario, operation, exchange, status, and each violation. */
    public String describeFailure(String scenario) {
        StringBuilder text = new StringBuilder("Contract broken in scenario '")
                .append(scenario)
                .append("'\n");
        text.append("  operation: ")
                .append(operation.map(ContractOperation::describe).orElse("(none in the spec)"))
                .append('\n');
        text.append("  exchange:  ").append(exchange.request().line());
        if (exchange.response() != null) {
            text.append(" -> status ").append(exchange.response().status());
        }
        text.append('\n');
        for (Violation violation : violations) {
            text.append("  - ").append(violation.attributed()).append('\n');
        }
        return text.toString();
    }
}
