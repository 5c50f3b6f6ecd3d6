package io.github.devinapi.contract.report;

/** Where a scenario comes from. */
public enum Source {
    /** WireMock stub JSON under scenarios/, replayed by the runner. */
    RECORDED("recorded"),
    /** A JUnit class written by hand. */
    HAND_WRITTEN("hand-written"),
    /** Derived from the spec's schemas (not written yet; kept so the report's shape does not change). */
    GENERATED("generated");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
