package io.github.devinapi.contract.targets;

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
}
