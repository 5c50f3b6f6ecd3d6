package io.github.devinapi.contract.scenario;

/** Where a scenario comes from: the report counts coverage per source. */
public enum ScenarioSource {
    /** WireMock stub JSON under scenarios/, replayed by the runner. */
    RECORDED("recorded"),
    /** A JUnit class written by hand. */
    HAND_WRITTEN("hand-written"),
    /** Derived from the spec's schemas, for every operation, by the schema-driven runner. */
    SCHEMA_DRIVEN("schema-driven"),
    /** The read-only sweep of a live tenant: every GET operation, with ids discovered from lists. */
    LIVE_SWEEP("live sweep");

    private final String label;

    ScenarioSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
