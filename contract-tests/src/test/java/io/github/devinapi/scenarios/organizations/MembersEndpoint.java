package io.github.devinapi.scenarios.organizations;

/** The seed operation's path, as the spec writes it. */
final class MembersEndpoint {

    static final String PATH = "/v2/enterprise/organizations/{org_id}/members";

    private MembersEndpoint() {}

    /** The path as sent for an (ASCII, unreserved) organisation id. */
    static String pathFor(String orgId) {
        return PATH.replace("{org_id}", orgId);
    }
}
