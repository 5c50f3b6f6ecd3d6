package io.github.devinapi.contract.scenario;

/** Where checked exchanges are counted: the run's report, or nowhere in the engine's own tests. */
@FunctionalInterface
public interface ExchangeLog {

    void record(CheckedExchange exchange);

    /** An observation of a scenario that is reported, not failed. */
    default void note(String scenario, String observation) {}

    static ExchangeLog discard() {
        return exchange -> {};
    }
}
