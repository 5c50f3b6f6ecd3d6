package io.github.devinapi.contract.tenant;

/**
 * Ids a scenario may use, numbered from 1. On the embedded tenant they are the fake ids the recordings
 * use ({@code org-test-0001}, {@code user-test-0001}, {@code group-test-0001}); a live target maps them
 * to its own test organisation, users and groups.
 */
public interface TestIds {

    String org(int number);

    String user(int number);

    String group(int number);

    /**
     * A name for something a scenario creates (an organization, a playbook), recognisable as this run's:
     * {@code contract-run-<run>-<what>} on a live tenant, so that a clean-up run finds what an interrupted
     * one left; {@code contract-run-test-<what>} on the embedded tenant, as the recordings have it.
     */
    default String created(String what) {
        return CREATED_PREFIX + "test-" + what;
    }

    /** What every name a scenario creates starts with. */
    String CREATED_PREFIX = "contract-run-";

    /**
     * Ids that exist nowhere on the target, for requests the server must refuse (invalid ones, ones without
     * credentials): whatever a server does with such a request, nothing that exists changes. On the embedded
     * tenant they are the recordings' fake ids; a live run makes new ones per run.
     */
    TestIds absent();

    /** The fake ids of the recordings; on the embedded tenant nothing exists but what they record. */
    static TestIds fake() {
        return new TestIds() {
            @Override
            public String org(int number) {
                return String.format("org-test-%04d", number);
            }

            @Override
            public String user(int number) {
                return String.format("user-test-%04d", number);
            }

            @Override
            public String group(int number) {
                return String.format("group-test-%04d", number);
            }

            @Override
            public TestIds absent() {
                return this;
            }
        };
    }
}
