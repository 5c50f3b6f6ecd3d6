package io.github.devinapi.contract.live;

import io.github.devinapi.contract.target.TestIds;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The ids of a live tenant: test organization 1 is {@code DEVIN_TEST_ORG_ID}, test user n the n-th of
 * {@code DEVIN_TEST_USER_IDS}, taken round-robin when a scenario numbers more users than are configured.
 * Anything else (a second organization, groups) is never guessed: the scenario that asks is skipped.
 */
final class LiveIds implements TestIds {

    private final String org;
    private final List<String> users;
    private final TestIds absent;

    LiveIds(String org, List<String> users, TestIds absent) {
        this.org = org;
        this.users = List.copyOf(users);
        this.absent = absent;
    }

    @Override
    public TestIds absent() {
        return absent;
    }

    @Override
    public String org(int number) {
        if (number != 1) {
            return abort("needs test organization " + number + ", but a live run has one (" + LiveConfiguration.ORG_ID + ")");
        }
        return org;
    }

    @Override
    public String user(int number) {
        if (users.isEmpty()) {
            return abort("needs test users, which only scenarios that write use: they run with "
                    + LiveConfiguration.ALLOW_WRITES + "=true and " + LiveConfiguration.USER_IDS + " set");
        }
        return users.get((number - 1) % users.size());
    }

    @Override
    public String group(int number) {
        return abort("uses group names, and a live run has no test groups: it never guesses names on a real tenant");
    }
}
