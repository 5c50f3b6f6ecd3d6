package io.github.devinapi.contract.scenario;

/** Where checked exchanges are counted: the run's report, or nowhere in the engine's own tests. */
@FunctionalInterface
public interface ExchangeLog {

    void record(CheckedExchange exchange);

    static ExchangeLog discard() {
        return exchange -> { };
    }
}
