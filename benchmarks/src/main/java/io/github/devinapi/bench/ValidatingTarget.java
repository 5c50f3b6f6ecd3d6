package io.github.devinapi.bench;

import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import java.time.Duration;

/** A target that checks the exchange as the client saw it, as a live target does, and sends nothing itself. */
final class ValidatingTarget implements Target {

    private final ContractValidator validator;

    ValidatingTarget(ContractValidator validator) {
        this.validator = validator;
    }

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:9";
    }

    @Override
    public String bearerToken() {
        return Members.API_KEY;
    }

    @Override
    public TestIds ids() {
        return TestIds.fake();
    }

    @Override
    public boolean isEmbedded() {
        return false;
    }

    @Override
    public boolean allowsWrites() {
        return true;
    }

    @Override
    public ExchangeFindings validate(Exchange seenByClient) {
        return validator.validate(seenByClient);
    }

    @Override
    public Duration requestTimeout() {
        return Duration.ofSeconds(5);
    }
}
