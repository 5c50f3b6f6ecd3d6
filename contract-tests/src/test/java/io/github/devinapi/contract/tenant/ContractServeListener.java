package io.github.devinapi.contract.tenant;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import io.github.devinapi.contract.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks every exchange the embedded tenant serves against the spec, before the response leaves, and
 * logs it: a recording that breaks the spec, a fallback answer that does, or a request nothing covers
 * then fails the scenario that caused it.
 */
final class ContractServeListener implements ServeEventListener {

    static final Expectation AUTH_GUARD = Expectation.conforming().sendingInvalidRequest().allowingUndocumentedStatus(401);
    static final Expectation FALLBACK_422 = Expectation.conforming().sendingInvalidRequest();

    private final ContractValidator validator;
    private final Map<UUID, StubRole> roles;
    private final ServedLog log;
    private final SynthesisedAnswers synthesised;

    ContractServeListener(ContractValidator validator, Map<UUID, StubRole> roles, ServedLog log,
                          SynthesisedAnswers synthesised) {
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
        Exchange exchange = new Exchange(WireMockExchanges.request(event.getRequest()),
                WireMockExchanges.response(event.getResponse()));
        StubRole role = event.getStubMapping() == null ? null : roles.get(event.getStubMapping().getId());
        try {
            log.add(served(exchange, role, synthesised.answered(event.getId())));
        } catch (RuntimeException e) {
            Violation error = new Violation(Violation.Direction.RESPONSE, "(whole exchange)", "", "tenant.error", "",
                    "the embedded tenant could not check this exchange: " + e);
            log.add(new Served(exchange.request().line(), Optional.empty(), false,
                    new Verdict(exchange, Optional.empty(), List.of(error), List.of(), false)));
        }
    }

    private Served served(Exchange exchange, StubRole role, boolean synthesisedAnswer) {
        String request = exchange.request().line();
        if (role instanceof StubRole.Recorded recorded) {
            return new Served(request, Optional.of(recorded.recording()), false, validator.check(exchange, recorded.expectation()));
        }
        if (role instanceof StubRole.AuthGuard) {
            return new Served(request, Optional.empty(), false, validator.check(exchange, AUTH_GUARD));
        }
        if (synthesisedAnswer) {
            return new Served(request, Optional.empty(), false, validator.check(exchange, Expectation.conforming()));
        }
        boolean answeredInvalid = role instanceof StubRole.SpecFallback && exchange.response().status() == 422;
        Verdict verdict = validator.check(exchange, answeredInvalid ? FALLBACK_422 : Expectation.conforming());
        return new Served(request, Optional.empty(), !answeredInvalid, verdict);
    }
}
