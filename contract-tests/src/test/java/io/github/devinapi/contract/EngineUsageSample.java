package io.github.devinapi.contract;

import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The engine used on its own, as contract-tests/README.md shows it: one exchange checked against a spec. */
final class EngineUsageSample {

    private EngineUsageSample() {}

    static Verdict check(Path specFile, String body, int status, String answer) {
        // snippet:validator
        ContractValidator validator = new ContractValidator(ApiContract.load(specFile)); // once: it takes half a second
        Exchange exchange = new Exchange(
                new Exchange.Request(
                        "POST",
                        "/v2/enterprise/organizations/org-1/members",
                        null,
                        Map.of("Content-Type", List.of("application/json"), "Authorization", List.of("Bearer k")),
                        body),
                new Exchange.Response(status, Map.of("Content-Type", List.of("application/json")), answer));
        Verdict verdict = validator.check(exchange, Expectation.conforming());
        verdict.violations().forEach(violation -> System.out.println(violation.attributed()));
        // snippet:end
        return verdict;
    }
}
