package io.github.devinapi.contract.scenario;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.DevinClientBuilder;
import io.github.devinapi.client.RetryPolicy;
import io.github.devinapi.client.Sleeper;
import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.tenant.TenantConnections;
import io.github.devinapi.contract.validation.ContractValidator;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The clients scenarios reach a target with: DevinClients aimed at it (the key, base URL and per-request
 * deadline of the target; the client's own retries), all on one connection pool, and the retry policy
 * those clients apply, which raw requests ask too. One per run and target.
 */
public final class TargetClients implements AutoCloseable {

    private final Target target;
    private final OkHttpClient connections;
    private final OkHttpClient raw;
    private final RetryPolicy retryPolicy;
    private final Sleeper retryWaits;

    public TargetClients(Target target) {
        this(target, Sleeper.system());
    }

    /** {@code retryWaits} waits before each retry, of DevinClient and of raw requests alike. */
    public TargetClients(Target target, Sleeper retryWaits) {
        this.target = target;
        this.retryWaits = retryWaits;
        this.connections = TenantConnections.builder().build();
        Duration deadline = target.requestTimeout();
        this.raw = connections
                .newBuilder()
                .callTimeout(deadline)
                .connectTimeout(deadline)
                .readTimeout(deadline)
                .writeTimeout(deadline)
                .retryOnConnectionFailure(false)
                .build();
        try (DevinClient reference = builder().build()) {
            this.retryPolicy = reference.retryPolicy();
        }
    }

    public Target target() {
        return target;
    }

    /** What raw requests go out on: one deadline per exchange, connect to last byte; no redirects, no retries of its own. */
    OkHttpClient raw() {
        return raw;
    }

    /** How raw requests wait before a retry, as the DevinClients this hands out do. */
    Sleeper retryWaits() {
        return retryWaits;
    }

    /** The retry decision of the DevinClients this hands out. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** A scenario on this target, its exchanges judged by {@code validator} and counted in {@code log}. */
    public Scenario scenario(String name, ScenarioSource source, ContractValidator validator, ExchangeLog log) {
        return new Scenario(name, source, this, validator, log);
    }

    /** A DevinClient for one scenario: {@code check} judges each of its calls once the client is done retrying. */
    DevinClient devin(ExchangeCheck check) {
        WireExchangeInterceptor wire = new WireExchangeInterceptor(check);
        OkHttpClient checked = connections
                .newBuilder()
                .addInterceptor(new CallCheckInterceptor(wire, check))
                .addNetworkInterceptor(wire)
                .build();
        // Given its OkHttpClient, a DevinClient leaves the pool open on close: the run releases it once.
        return builder().okHttpClient(checked).build();
    }

    private DevinClientBuilder builder() {
        return DevinClient.builder()
                .apiKey(target.bearerToken())
                .baseUrl(target.baseUrl())
                .timeout(target.requestTimeout())
                .sleeper(retryWaits);
    }

    @Override
    public void close() {
        connections.dispatcher().executorService().shutdown();
        connections.connectionPool().evictAll();
    }
}
