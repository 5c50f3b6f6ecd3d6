package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import java.util.function.Consumer;

/**
 * What the client-side adapters do with each exchange of a scenario: let the target admit each request
 * before it is sent, then take the target's one check of the exchange, judge it as the scenario means
 * it, count it in the log, hand it to the scenario, and fail the test at once when it breaks the spec.
 */
public final class ExchangeCheck {

    private final String scenario;
    private final ScenarioSource source;
    private final Expectation expectation;
    private final Target target;
    private final ContractValidator validator;
    private final ExchangeLog log;
    private final Consumer<Verdict> observer;

    public ExchangeCheck(
            String scenario,
            ScenarioSource source,
            Expectation expectation,
            Target target,
            ContractValidator validator,
            ExchangeLog log,
            Consumer<Verdict> observer) {
        this.scenario = scenario;
        this.source = source;
        this.expectation = expectation;
        this.target = target;
        this.validator = validator;
        this.log = log;
        this.observer = observer;
    }

    public String scenario() {
        return scenario;
    }

    public Target target() {
        return target;
    }

    public ContractValidator validator() {
        return validator;
    }

    /** Lets the target see (and possibly refuse) a request about to be sent. */
    public void beforeSending(Exchange.Request request) {
        target.beforeSending(scenario, request);
    }

    /** Judges the exchange the client saw; throws {@link ContractViolationError} when it breaks the spec. */
    public Verdict accept(Exchange seenByClient) {
        Verdict verdict = validator.judge(target.validate(seenByClient), expectation);
        log.record(new CheckedExchange(
                scenario,
                source,
                verdict.operation().map(ContractOperation::key).orElse(null),
                verdict.operation().map(ContractOperation::name).orElse(null),
                verdict.status(),
                verdict.violations().stream()
                        .map(violation -> target.redact(violation.attributed()))
                        .toList(),
                verdict.specGap()));
        observer.accept(verdict);
        if (!verdict.conforms()) {
            throw new ContractViolationError(
                    verdict, target.redact(verdict.describeFailure(scenario + " (" + source.label() + ")")));
        }
        return verdict;
    }
}
