package io.github.devinapi.contract.client;

import io.github.devinapi.contract.report.ExchangeRecord;
import io.github.devinapi.contract.report.ReportSink;
import io.github.devinapi.contract.report.Source;
import io.github.devinapi.contract.spec.Operation;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import io.github.devinapi.contract.validation.Violation;
import java.util.function.Consumer;

/**
 * What the client-side adapters do with each exchange: let the target admit each request before it is
 * sent, then check the exchange as the scenario means it, count it in the report, hand it to the
 * scenario, and fail the test at once when it breaks the spec.
 */
public final class ExchangeCheck {

    private final String scenario;
    private final Source source;
    private final Expectation expectation;
    private final ContractValidator validator;
    private final ReportSink sink;
    private final Consumer<Verdict> observer;
    private final Consumer<Exchange.Request> admission;

    /** A check whose requests are all admitted (no target rules apply). */
    public ExchangeCheck(String scenario, Source source, Expectation expectation, ContractValidator validator,
                         ReportSink sink, Consumer<Verdict> observer) {
        this(scenario, source, expectation, validator, sink, observer, request -> { });
    }

    /**
     * @param admission called with each request (and each retry) just before it is sent; it may refuse
     *     the request by throwing (see {@link io.github.devinapi.contract.targets.Target#beforeSending})
     */
    public ExchangeCheck(String scenario, Source source, Expectation expectation, ContractValidator validator,
                         ReportSink sink, Consumer<Verdict> observer, Consumer<Exchange.Request> admission) {
        this.scenario = scenario;
        this.source = source;
        this.expectation = expectation;
        this.validator = validator;
        this.sink = sink;
        this.observer = observer;
        this.admission = admission;
    }

    public String scenario() {
        return scenario;
    }

    public ContractValidator validator() {
        return validator;
    }

    /** Lets the target see (and possibly refuse) a request about to be sent. */
    public void beforeSending(Exchange.Request request) {
        admission.accept(request);
    }

    public Verdict accept(Exchange exchange) {
        Verdict verdict = validator.check(exchange, expectation);
        sink.record(new ExchangeRecord(scenario, source,
                verdict.operation().map(Operation::key).orElse(null),
                verdict.operation().map(Operation::name).orElse(null),
                verdict.status(),
                verdict.violations().stream().map(Violation::describe).toList(),
                verdict.specGap()));
        observer.accept(verdict);
        if (!verdict.conforms()) {
            throw new ContractViolationError(scenario + " (" + source.label() + ")", verdict);
        }
        return verdict;
    }
}
