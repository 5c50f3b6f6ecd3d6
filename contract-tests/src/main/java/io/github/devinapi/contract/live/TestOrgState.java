package io.github.devinapi.contract.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a write may change in the test organization, read from the tenant: its members with their roles,
 * and its groups with theirs.
 */
record TestOrgState(Map<String, String> members, Map<String, String> groups) {

    static final String MEMBERS = "/v2/enterprise/organizations/%s/members";
    static final String MEMBER = "/v2/enterprise/organizations/%s/members/%s";
    static final String GROUPS = "/v2/enterprise/organizations/%s/groups";
    static final String GROUP = "/v2/enterprise/organizations/%s/groups/%s";

    TestOrgState {
        members = Map.copyOf(members);
        groups = Map.copyOf(groups);
    }

    static TestOrgState read(TenantHttp tenant, String org) {
        Map<String, String> members = new TreeMap<>();
        for (JsonNode member : tenant.all(String.format(MEMBERS, segment(org)))) {
            members.put(member.path("user_id").asText(), member.path("org_role").asText());
        }
        Map<String, String> groups = new TreeMap<>();
        for (JsonNode group : tenant.all(String.format(GROUPS, segment(org)))) {
            groups.put(group.path("group_name").asText(), group.path("role").asText());
        }
        return new TestOrgState(members, groups);
    }

    static String segment(String id) {
        return okhttp3.HttpUrl.get("http://x/")
                .newBuilder()
                .addPathSegment(id)
                .build()
                .encodedPath()
                .substring(1);
    }

    @Override
    public String toString() {
        return "members " + members + ", groups " + groups;
    }
}
