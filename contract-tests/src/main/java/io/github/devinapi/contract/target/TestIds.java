package io.github.devinapi.contract.target;

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
