package io.github.devinapi.contract.embedded;

import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.tenant.TargetSummary;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import java.time.Duration;
import java.util.List;

/**
 * The embedded tenant as a target: the default of every run. Each exchange is checked where the tenant
 * serves it; scenarios judge those findings, never validating the exchange again.
 */
public final class EmbeddedTarget implements Target {

    /** Obviously fake: the embedded tenant accepts any well-formed bearer token. */
    private static final String FAKE_TOKEN = "apk_user_fake-key-for-the-embedded-tenant";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedTenant tenant;
    private final boolean owned;

    private EmbeddedTarget(EmbeddedTenant tenant, boolean owned) {
        this.tenant = tenant;
        this.owned = owned;
    }

    /** A target on a tenant the caller keeps and closes. */
    public static EmbeddedTarget on(EmbeddedTenant tenant) {
        return new EmbeddedTarget(tenant, false);
    }

    /** A target that owns its tenant: {@link #close()} stops it. */
    public static EmbeddedTarget owning(EmbeddedTenant tenant) {
        return new EmbeddedTarget(tenant, true);
    }

    public EmbeddedTenant tenant() {
        return tenant;
    }

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public String baseUrl() {
        return tenant.baseUrl();
    }

    @Override
    public String bearerToken() {
        return FAKE_TOKEN;
    }

    @Override
    public TestIds ids() {
        return TestIds.fake();
    }

    @Override
    public boolean isEmbedded() {
        return true;
    }

    @Override
    public boolean allowsWrites() {
        return true;
    }

    /** What the tenant found when it served the exchange, told as the client saw it. */
    @Override
    public ExchangeFindings validate(Exchange seenByClient) {
        ExchangeFindings found = tenant.served()
                .lastFindings()
                .filter(last -> sameRequest(last.exchange().request(), seenByClient.request()))
                .orElseThrow(() -> new IllegalStateException("the embedded tenant served no exchange for "
                        + seenByClient.request().line()));
        return new ExchangeFindings(seenByClient, found.operation(), found.request(), found.response());
    }

    @Override
    public long mark() {
        return tenant.served().mark();
    }

    @Override
    public List<String> problemsSince(long mark) {
        return tenant.served().problemsSince(Math.toIntExact(mark));
    }

    @Override
    public Duration requestTimeout() {
        return REQUEST_TIMEOUT;
    }

    @Override
    public TargetSummary summary() {
        return new TargetSummary(tenant.unusedRecordings(), tenant.served().unmatched(), List.of());
    }

    @Override
    public void close() {
        if (owned) {
            tenant.close();
        }
    }

    private static boolean sameRequest(Exchange.Request served, Exchange.Request sent) {
        return served.method().equals(sent.method())
                && (served.rawPath().equals(sent.rawPath())
                        || CanonicalPath.of(served.rawPath()).equals(CanonicalPath.of(sent.rawPath())));
    }
}
