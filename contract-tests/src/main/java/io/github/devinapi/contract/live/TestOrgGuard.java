package io.github.devinapi.contract.live;

import static io.github.devinapi.contract.live.TestOrgState.segment;

import java.util.List;
import java.util.Map;

/**
 * Restores the test organization after every scenario that writes, whatever the scenario did and however
 * it ended: before its first write the guard reads the organization's members and groups (with roles);
 * when the scenario ends it removes what was added, adds back what was removed, sets changed roles back,
 * and reads again to check. Users who were members keep their original role.
 */
final class TestOrgGuard {

    private final TenantHttp tenant;
    private final String org;
    private TestOrgState before;

    TestOrgGuard(TenantHttp tenant, String org) {
        this.tenant = tenant;
        this.org = org;
    }

    /** Called before each write: the first one of a scenario reads the state to restore. */
    synchronized void beforeWrite() {
        if (before == null) {
            try {
                before = TestOrgState.read(tenant, org);
            } catch (RuntimeException e) {
                throw new AssertionError(
                        "Before the first write of a scenario the live run reads the test organization " + org
                                + ", to put it back afterwards, and it could not (" + e.getMessage()
                                + "): nothing is written",
                        e);
            }
        }
    }

    /** Called when a scenario ends: puts the test organization back as it was before the scenario's first write. */
    synchronized void restore() {
        if (before == null) {
            return;
        }
        TestOrgState expected = before;
        before = null;
        TestOrgState now = TestOrgState.read(tenant, org);
        if (now.equals(expected)) {
            return;
        }
        restoreMembers(expected.members(), now.members());
        restoreGroups(expected.groups(), now.groups());
        TestOrgState after = TestOrgState.read(tenant, org);
        if (!after.equals(expected)) {
            throw new AssertionError(
                    "The test organization " + org + " could not be restored after a scenario that wrote "
                            + "to it: it should have " + expected + ", it has " + after);
        }
    }

    private void restoreMembers(Map<String, String> expected, Map<String, String> now) {
        for (String user : now.keySet()) {
            if (!expected.containsKey(user)) {
                tenant.send("DELETE", String.format(TestOrgState.MEMBER, segment(org), segment(user)), null);
            }
        }
        expected.forEach((user, role) -> {
            if (!role.equals(now.get(user))) {
                tenant.send(
                        "POST",
                        String.format(TestOrgState.MEMBERS, segment(org)),
                        Map.of("user_ids", List.of(user), "org_ids", List.of(org), "org_role", role));
            }
        });
    }

    private void restoreGroups(Map<String, String> expected, Map<String, String> now) {
        now.forEach((group, role) -> {
            if (!role.equals(expected.get(group))) {
                tenant.send("DELETE", String.format(TestOrgState.GROUP, segment(org), segment(group)), null);
            }
        });
        expected.forEach((group, role) -> {
            if (!role.equals(now.get(group))) {
                tenant.send(
                        "POST",
                        String.format(TestOrgState.GROUPS, segment(org)),
                        Map.of("group_name", group, "role", role));
            }
        });
    }
}
