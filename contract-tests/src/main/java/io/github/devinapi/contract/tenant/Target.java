package io.github.devinapi.contract.tenant;

import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Where scenarios send their requests: the embedded tenant (in this JVM) or a real tenant. Scenarios
 * are written against this interface only, so they run unchanged on either.
 *
 * <p>A target also decides where each exchange is checked against the contract, once: the embedded
 * tenant checks what it serves as it serves it; for any other target the client's view is checked.
 */
public interface Target extends AutoCloseable {

    /** "mock" or "live". */
    String name();

    /** Base URL without a trailing slash, e.g. "http://127.0.0.1:53211". */
    String baseUrl();

    /** The bearer token to send. Never print it. */
    String bearerToken();

    /** The ids scenarios may use on this target. */
    TestIds ids();

    /** Whether this is the embedded tenant, where exact values of recordings and FastAPI's own words hold. */
    boolean isEmbedded();

    /** Whether scenarios that change the tenant may run here. */
    boolean allowsWrites();

    /**
     * Called before each request, and each retry of it, leaves for this target. A live target refuses
     * here what it must not send: it skips the scenario (a write without permission) or fails it (the
     * request budget is spent).
     */
    default void beforeSending(String scenario, Exchange.Request request) {}

    /** Called when an attempt of a request got its whole answer. */
    default void answered(String scenario) {}

    /** Called when an attempt of a request got no complete answer (refused, reset, past its deadline). */
    default void unanswered(String scenario, Exchange.Request request, IOException cause) {}

    /**
     * The one check of an exchange against the contract, both directions. {@code seenByClient} is the
     * exchange as the client sent and received it.
     */
    ExchangeFindings validate(Exchange seenByClient);

    /** A position in what the target itself observed, taken when a scenario starts. */
    default long mark() {
        return 0;
    }

    /** What the target itself found wrong since {@code mark} (e.g. a request the embedded tenant has no recording for). */
    default List<String> problemsSince(long mark) {
        return List.of();
    }

    /** Called when a scenario has finished without failing. */
    default void scenarioFinished(String scenario) {}

    /**
     * Called when a scenario has ended, however it ended (passed, failed, skipped): a live target puts back
     * what the scenario's writes changed in the test organization.
     */
    default void scenarioEnded() {}

    /**
     * Skips the scenario unless {@code variable} (a {@code DEVIN_LIVE_...} switch) is set for this run: for
     * scenarios that create things (an organization, a playbook, a key) or change more than the test organization
     * (a member's enterprise role). On the embedded tenant, always on.
     */
    default void requireOptIn(String variable) {}

    /** Lets the run's writes address {@code id}, which one of its scenarios got back (an organization it created, a role it read). */
    default void adopt(String id) {}

    /** How long one request may take, connect to last byte, before the scenario fails as unanswered. */
    Duration requestTimeout();

    /** {@code text} with every secret this target knows (its key) replaced, for anything the suite prints. */
    default String redact(String text) {
        return text.replace(bearerToken(), "<redacted>");
    }

    /** How the report names this target: its name, and for a live one where it is and what it may do. */
    default String describe() {
        return name();
    }

    /** What the target has to say when the run ends: recordings no test used, requests nothing matched, notes. */
    default TargetSummary summary() {
        return TargetSummary.NONE;
    }

    /** Stops what the target started (a server, a proxy). */
    @Override
    default void close() {}
}
