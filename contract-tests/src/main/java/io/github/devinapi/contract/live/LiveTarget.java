package io.github.devinapi.contract.live;

import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.tenant.TargetSummary;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real tenant ({@code -Plive}): the configured base URL and key, the configured test ids, and the rules
 * that make the run safe to point at production whatever the server does: nothing is sent that could change
 * the tenant unless writes are allowed, and then only to the test ids ({@link TenantSafety}); a bounded
 * number of requests ({@link RequestBudget}); and nothing more once the tenant stops answering
 * ({@link Silence}). Exchanges are validated as the client saw them.
 */
public final class LiveTarget implements Target {

    private final LiveConfiguration configuration;
    private final ContractValidator validator;
    private final TenantSafety safety;
    private final RequestBudget budget;
    private final Silence silence;
    private final LiveIds ids;
    private final TestOrgGuard guard;

    public LiveTarget(LiveConfiguration configuration, ContractValidator validator) {
        this.configuration = configuration;
        this.validator = validator;
        AbsentIds absent = AbsentIds.forThisRun();
        this.safety = new TenantSafety(validator.operations(), configuration, absent);
        this.budget = new RequestBudget(configuration.maxRequests());
        this.silence = new Silence(configuration.baseUrl(), configuration.timeout());
        this.ids = new LiveIds(configuration.orgId(), configuration.userIds(), configuration.groupName(), absent);
        this.guard = new TestOrgGuard(new TenantHttp(configuration, budget), configuration.orgId());
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

    @Override
    public boolean allowsWrites() {
        return configuration.allowWrites();
    }

    /** Refuses first (a refused request costs nothing), then counts the request against the budget. */
    @Override
    public void beforeSending(String scenario, Exchange.Request request) {
        silence.admit();
        safety.admit(request);
        if (configuration.allowWrites() && TenantSafety.isWrite(request) && safety.mayChangeTestOrganization(request)) {
            guard.beforeWrite();
        }
        budget.spend(request.line());
    }

    @Override
    public void scenarioEnded() {
        safety.allowCreations(false);
        guard.restore();
    }

    @Override
    public void requireOptIn(String variable) {
        if (!configuration.optedIn(variable)) {
            org.junit.jupiter.api.Assumptions.abort("runs on a live tenant only with " + variable + "=true (and "
                    + LiveConfiguration.ALLOW_WRITES + "=true): it creates or changes more than the test organization "
                    + "(what it creates is named " + ids.created("...") + ")");
        }
        safety.allowCreations(true);
    }

    @Override
    public void adopt(String id) {
        safety.adopt(id);
    }

    @Override
    public void close() {
        guard.restore();
    }

    @Override
    public void answered(String scenario) {
        silence.answered();
    }

    @Override
    public void unanswered(String scenario, Exchange.Request request, IOException cause) {
        silence.unanswered(request, cause);
    }

    /** The exchange as the client saw it: nothing else sees it whole. */
    @Override
    public ExchangeFindings validate(Exchange seenByClient) {
        return validator.validate(seenByClient);
    }

    @Override
    public Duration requestTimeout() {
        return configuration.timeout();
    }

    @Override
    public String redact(String text) {
        return text.replace(configuration.apiKey(), "<redacted>");
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

    @Override
    public TargetSummary summary() {
        List<String> notes = new ArrayList<>();
        if (silence.silent()) {
            notes.add("the tenant at " + configuration.baseUrl()
                    + " stopped answering: the scenarios after that were not run");
        }
        return new TargetSummary(List.of(), List.of(), notes);
    }
}
