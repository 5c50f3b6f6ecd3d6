package io.github.devinapi.bench;

import io.github.devinapi.contract.embedded.ServedLog;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Verdict;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Before {@link ValidationBenchmark} measures: every side must find the exchange valid, and every adapter must see
 * the core's request; otherwise a side would measure an error path, or another exchange.
 */
final class ValidationSelfCheck {

    private final ValidExchange valid;
    private final Supplier<Verdict> lastVerdict;

    private ValidationSelfCheck(ValidExchange valid, Supplier<Verdict> lastVerdict) {
        this.valid = valid;
        this.lastVerdict = lastVerdict;
    }

    /**
     * Calls each side of {@code sides} once, its adapters fresh.
     *
     * @param served the embedded tenant's served log, where its listener records what it saw
     * @param lastVerdict the verdict of the adapters' last check
     */
    static void require(
            ValidationBenchmark sides, ValidExchange valid, ServedLog served, Supplier<Verdict> lastVerdict) {
        new ValidationSelfCheck(valid, lastVerdict).check(sides, served);
    }

    private void check(ValidationBenchmark sides, ServedLog served) {
        if (sides.validatorCore().hasErrors()
                || !sides.contractValidator().request().isEmpty()
                || !sides.contractValidator().response().isEmpty()) {
            throw new IllegalStateException("the benchmark's exchange does not conform to the spec");
        }
        int mark = served.mark();
        try {
            // The adapters throw ContractViolationError on a violation; each must see the same request.
            sides.liveRawRequests();
            requireSameRequest("live, raw");
            sides.liveTypedCalls();
            requireSameRequest("live, typed");
            sides.embeddedRawRequests();
            requireSameRequest("embedded, raw");
            sides.embeddedTypedCalls();
            requireSameRequest("embedded, typed");
            sides.tenantListener();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Exchange.Request tenantSaw =
                served.lastFindings().orElseThrow().exchange().request();
        if (!valid.sameHeadersAndBody(tenantSaw)) {
            throw new IllegalStateException("the tenant's listener saw another request: " + tenantSaw);
        }
        List<String> problems = served.problemsSince(mark);
        if (served.mark() - mark != 3 || !problems.isEmpty()) {
            throw new IllegalStateException("the tenant's listener did not pass the exchange: " + problems);
        }
    }

    private void requireSameRequest(String adapter) {
        Exchange.Request seen = lastVerdict.get().exchange().request();
        if (!valid.sameHeadersAndBody(seen) || !Members.PATH.equals(seen.rawPath()) || seen.rawQuery() != null) {
            throw new IllegalStateException(adapter + " saw another request than the core's: " + seen.headers()
                    + " instead of " + valid.exchange().request().headers());
        }
    }
}
