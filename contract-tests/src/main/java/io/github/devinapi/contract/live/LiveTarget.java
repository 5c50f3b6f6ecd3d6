package io.github.devinapi.contract.live;

import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import io.github.devinapi.contract.target.Target;
import io.github.devinapi.contract.target.TestIds;
import java.time.Duration;

/**
 * A real tenant ({@code -Plive}): the configured base URL and key, the configured test ids, and the
 * rules that make the run safe to point at production: writes only when allowed and only to the test
 * ids ({@link TenantSafety}), and a bounded number of requests ({@link RequestBudget}).
 */
public final class LiveTarget implements Target {

    private final LiveConfiguration configuration;
    private final TenantSafety safety;
    private final RequestBudget budget;
    private final LiveIds ids;

    private final ContractValidator validator;

    public LiveTarget(LiveConfiguration configuration, ContractValidator validator) {
        this.configuration = configuration;
        this.validator = validator;
        this.safety = new TenantSafety(validator, configuration);
        this.budget = new RequestBudget(configuration.maxRequests());
        this.ids = new LiveIds(configuration.orgId(), configuration.userIds());
    }

    public LiveConfiguration configuration() {
        return configuration;
    }

    @Override
    public String name() {
        return "live";
    }

    @Override
    public String baseUrl() {
        return configuration.baseUrl();
    }

    @Override
    public String bearerToken() {
        return configuration.apiKey();
    }

    @Override
    public TestIds ids() {
        return ids;
    }

    @Override
    public boolean isEmbedded() {
        return false;
    }

    /** The exchange as the client saw it: nothing else sees it whole. */
    @Override
    public ExchangeFindings validate(Exchange seenByClient) {
        return validator.validate(seenByClient);
    }

    @Override
    public boolean allowsWrites() {
        return configuration.allowWrites();
    }

    /** Refuses first (a refused request costs nothing), then counts the request against the budget. */
    @Override
    public void beforeSending(String scenario, Exchange.Request request) {
        safety.admit(request);
        budget.spend(request.line());
    }

    @Override
    public Duration requestTimeout() {
        return configuration.timeout();
    }

    @Override
    public boolean isFastApi() {
        return configuration.fastApi();
    }

    /** Requests sent so far, retries included. */
    public int requestsSent() {
        return budget.sent();
    }

    @Override
    public String describe() {
        return "live " + configuration.baseUrl() + " (" + (configuration.allowWrites() ? "writes allowed" : "read-only")
                + ", " + budget.sent() + " of at most " + budget.max() + " requests sent)";
    }
}
