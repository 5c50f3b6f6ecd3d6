package io.github.devinapi.contract.validation;

/** Thrown into the test when an exchange breaks the spec: the test fails with the verdict's message. */
public final class ContractViolationError extends AssertionError {

    private final transient Verdict verdict;

    public ContractViolationError(String scenario, Verdict verdict) {
        this(verdict, verdict.describeFailure(scenario));
    }

    /** With the message already made (e.g. redacted by the target). */
    public ContractViolationError(Verdict verdict, String message) {
        super(message);
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }
}
