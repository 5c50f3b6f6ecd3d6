package io.github.devinapi.contract.live;

import static org.junit.jupiter.api.Assumptions.abort;

import io.github.devinapi.contract.tenant.TestIds;
import java.util.List;

/**
 * The ids of a live tenant: test organization 1 is {@code DEVIN_TEST_ORG_ID}, test user n the n-th of
 * {@code DEVIN_TEST_USER_IDS}, taken round-robin when a scenario numbers more users than are configured,
 * and test group 1 is {@code DEVIN_TEST_GROUP}. Anything else (a second organization or group) is never
 * guessed: the scenario that asks is skipped.
 */
final class LiveIds implements TestIds {

    private final String org;
    private final List<String> users;
    private final String group;
    private final TestIds absent;

    LiveIds(String org, List<String> users, TestIds absent) {
        this(org, users, null, absent);
    }

    /** @param group the test group, or null when none is configured */
    LiveIds(String org, List<String> users, String group, TestIds absent) {
        this.org = org;
        this.users = List.copyOf(users);
        this.group = group;
        this.absent = absent;
    }

    @Override
    public TestIds absent() {
        return absent;
    }

    /** Names this run's: the run's id is the one of its absent ids. */
    @Override
    public String created(String what) {
        return absent.created(what);
    }

    @Override
    public String org(int number) {
        if (number != 1) {
            return abort("needs test organization " + number + ", but a live run has one (" + LiveConfiguration.ORG_ID
                    + ")");
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
        if (group == null || number != 1) {
            return abort("needs test group " + number + ", and a live run has " + (group == null ? "none" : "one")
                    + " (" + LiveConfiguration.GROUP + "): it never guesses group names on a real tenant");
        }
        return group;
    }
}
