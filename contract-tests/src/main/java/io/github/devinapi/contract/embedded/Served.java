package io.github.devinapi.contract.embedded;

import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.validation.ExchangeFindings;
import io.github.devinapi.contract.validation.Verdict;
import java.util.Optional;

/**
 * One exchange the embedded tenant served, checked against the spec: what the run needs of it once it is no longer
 * the last (the {@link ServedLog} keeps every one, and only the last exchange's findings).
 *
 * @param recording the recording that answered, if one did
 * @param unmatched no recording covers the request and it is valid (or no operation of the spec has it)
 * @param request "POST /v2/enterprise/organizations/org-test-0001/members"
 * @param query the request's raw query string, or null when it had none
 * @param problem why this exchange must fail the scenario that caused it; empty when it need not
 */
public record Served(
        Optional<Recording> recording, boolean unmatched, String request, String query, Optional<String> problem) {

    /**
     * @param findings what the one validation of the exchange found
     * @param verdict those findings as the stub that answered means the exchange
     */
    static Served of(Optional<Recording> recording, boolean unmatched, ExchangeFindings findings, Verdict verdict) {
        String request = findings.exchange().request().line();
        return new Served(
                recording,
                unmatched,
                request,
                findings.exchange().request().rawQuery(),
                problem(recording, unmatched, request, verdict));
    }

    private static Optional<String> problem(
            Optional<Recording> recording, boolean unmatched, String request, Verdict verdict) {
        if (unmatched) {
            return Optional.of(
                    "The embedded tenant has no recording for " + request + " (a valid request, or one to no "
                            + "operation of the spec). Record it under contract-tests/src/test/resources/scenarios/<name>/.");
        }
        if (!verdict.conforms()) {
            String by = recording.map(r -> "recording " + r.where()).orElse("the embedded tenant's spec fallback");
            return Optional.of("The embedded tenant served an exchange that breaks the spec (answered by " + by + ").\n"
                    + verdict.describeFailure(recording.map(Recording::scenario).orElse("(embedded tenant)")));
        }
        return Optional.empty();
    }
}
