package io.github.devinapi.contract.targets;

import io.github.devinapi.contract.validation.Exchange;
import java.time.Duration;
import java.util.Optional;

/**
 * Where scenarios send their requests, chosen at run time by the {@code contract.target} system
 * property: {@code mock} (the embedded tenant, default) or {@code live} (a real tenant).
 * Scenarios are written against this interface only, so they run unchanged on either.
 */
public interface Target {

    String PROPERTY = "contract.target";

    /** The target of this run (one per JVM). */
    static Target current() {
        return Targets.current();
    }

    /** The target of this run if something has already used it; never starts one. */
    static Optional<Target> ifStarted() {
        return Targets.ifStarted();
    }

    /** "mock" or "live". */
    String name();

    /** Base URL without a trailing slash, e.g. "http://127.0.0.1:53211". */
    String baseUrl();

    /** The bearer token to send. Never print it. */
    String bearerToken();

    /** The organisation and user ids scenarios may use on this target. */
    TestIds ids();

    /** The embedded tenant, when this target is one: for mock-only checks of what it served. */
    default Optional<io.github.devinapi.contract.tenant.EmbeddedTenant> tenant() {
        return Optional.empty();
    }

    default boolean isMock() {
        return tenant().isPresent();
    }

    /** Whether scenarios that change the tenant (scenario.json "mutates") may run here. */
    default boolean allowsWrites() {
        return isMock();
    }

    /**
     * Called before each request, and each retry of it, leaves for this target. A live target refuses
     * here what it must not send: it skips the scenario (a write without permission) or fails it (the
     * request budget is spent).
     */
    default void beforeSending(String scenario, Exchange.Request request) {
    }

    /** Called when a scenario has finished without failing. */
    default void scenarioFinished(String scenario) {
    }

    /** How long one request may wait for its answer before the scenario fails as unanswered. */
    default Duration requestTimeout() {
        return Duration.ofSeconds(30);
    }

    /**
     * Whether the target answers as FastAPI does, as the Devin API and the embedded tenant do: a 422
     * names the failing location ({@code loc}) and the error ({@code type}). An independent mock of the
     * spec (Prism) answers with the schema's example instead.
     */
    default boolean isFastApi() {
        return true;
    }

    /** How the report names this target: its name, and for a live one where it is and what it may do. */
    default String describe() {
        return name();
    }
}
