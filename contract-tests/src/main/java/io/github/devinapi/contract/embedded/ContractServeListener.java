package io.github.devinapi.contract.embedded;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import io.github.devinapi.contract.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks every exchange the embedded tenant serves against the spec, before the response leaves, and
 * logs it. This is the one validation of an exchange on the embedded tenant: the scenario that sent it
 * judges the same findings as it means the request. A recording that breaks the spec, a fallback answer
 * that does, or a request nothing covers then fails the scenario that caused it.
 */
public final class ContractServeListener implements ServeEventListener {

    static final Expectation AUTH_GUARD =
            Expectation.conforming().sendingInvalidRequest().allowingUndocumentedStatus(401);
    static final Expectation FALLBACK_422 = Expectation.conforming().sendingInvalidRequest();

    private final ContractValidator validator;
    private final Map<UUID, StubRole> roles;
    private final ServedLog log;
    private final SynthesisedAnswers synthesised;

    /** The listener of a tenant whose stub {@code stubId} serves {@code recording}, logging into {@code log}. */
    public static ContractServeListener servingRecording(
            ContractValidator validator, UUID stubId, Recording recording, Expectation expectation, ServedLog log) {
        return new ContractServeListener(
                validator,
                Map.of(stubId, new StubRole.Recorded(recording, expectation)),
                log,
                new SynthesisedAnswers(validator.contract().document().root()));
    }

    ContractServeListener(
            ContractValidator validator, Map<UUID, StubRole> roles, ServedLog log, SynthesisedAnswers synthesised) {
        this.validator = validator;
        this.roles = roles;
        this.log = log;
        this.synthesised = synthesised;
    }

    @Override
    public String getName() {
        return "contract-validation";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
        Exchange exchange = new Exchange(
                WireMockExchanges.request(event.getRequest()), WireMockExchanges.response(event.getResponse()));
        StubRole role = event.getStubMapping() == null
                ? null
                : roles.get(event.getStubMapping().getId());
        try {
            ExchangeFindings findings = validator.validate(exchange);
            log.add(served(findings, role, synthesised.answered(event.getId())), findings);
        } catch (RuntimeException e) {
            Violation error = new Violation(
                    Violation.Direction.RESPONSE,
                    "(whole exchange)",
                    "",
                    "tenant.error",
                    "",
                    "the embedded tenant could not check this exchange: " + e);
            ExchangeFindings findings = new ExchangeFindings(exchange, Optional.empty(), List.of(), List.of(error));
            log.add(
                    Served.of(
                            Optional.empty(),
                            false,
                            findings,
                            new Verdict(exchange, Optional.empty(), List.of(error), List.of(), false)),
                    findings);
        }
    }

    /** Judges the one validation of the exchange as the stub that answered means it. */
    private Served served(ExchangeFindings findings, StubRole role, boolean synthesisedAnswer) {
        if (role instanceof StubRole.Recorded recorded) {
            return Served.of(
                    Optional.of(recorded.recording()),
                    false,
                    findings,
                    validator.judge(findings, recorded.expectation()));
        }
        if (role instanceof StubRole.AuthGuard) {
            return Served.of(Optional.empty(), false, findings, validator.judge(findings, AUTH_GUARD));
        }
        if (synthesisedAnswer) {
            return Served.of(Optional.empty(), false, findings, validator.judge(findings, Expectation.conforming()));
        }
        boolean answeredInvalid = role instanceof StubRole.SpecFallback
                && findings.exchange().response().status() == 422;
        Verdict verdict = validator.judge(findings, answeredInvalid ? FALLBACK_422 : Expectation.conforming());
        return Served.of(Optional.empty(), !answeredInvalid, findings, verdict);
    }
}
