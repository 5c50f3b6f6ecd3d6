package io.github.devinapi.contract.report;

import java.util.Locale;

/**
 * What the report makes of one status of one operation. Each state has a word for the JSON, a class
 * for the page and a symbol, so that the page reads without its colours too.
 */
public enum StatusState {
    /** Exchanges with this status, all of them conforming, and the spec declares it. */
    COVERED("covered", "\u2713", "covered", "covered"),
    /** At least one exchange with this status broke the spec. */
    FAILED("failed", "\u2717", "failed", "failed"),
    /** The spec does not declare the status, and a scenario expected exactly it. */
    SPEC_GAP(
            "specGap",
            "!",
            "spec gap: status not declared by the spec, expected by a scenario",
            "spec gap (undeclared status a scenario expected)"),
    /** Seen, not declared by the spec, and no scenario expected it. */
    UNDECLARED("undeclared", "?", "not declared by the spec", "undeclared"),
    /** Declared by the spec, and no exchange had it. */
    UNCOVERED("uncovered", "\u2013", "declared, not covered", "declared, not covered");

    private final String json;
    private final String symbol;
    private final String description;
    private final String legend;

    StatusState(String json, String symbol, String description, String legend) {
        this.json = json;
        this.symbol = symbol;
        this.description = description;
        this.legend = legend;
    }

    /** The word contract-report.json writes ("covered", "failed", "specGap", "undeclared", "uncovered"). */
    public String json() {
        return json;
    }

    /** The class of its cell in index.html: the JSON word in lower case ("specgap"). */
    public String css() {
        return json.toLowerCase(Locale.ROOT);
    }

    /** A symbol the cell shows besides its colour. */
    public String symbol() {
        return symbol;
    }

    public String description() {
        return description;
    }

    /** The few words of the page's legend. */
    public String legend() {
        return legend;
    }

    /** The worse of two states, for a cell that stands for several statuses (a declared "5XX"). */
    StatusState worse(StatusState other) {
        return other.rank() > rank() ? other : this;
    }

    private int rank() {
        return switch (this) {
            case FAILED -> 4;
            case SPEC_GAP -> 3;
            case UNDECLARED -> 2;
            case COVERED -> 1;
            case UNCOVERED -> 0;
        };
    }
}
