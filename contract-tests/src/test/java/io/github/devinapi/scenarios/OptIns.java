package io.github.devinapi.scenarios;

/**
 * The switches a live run needs, besides {@code DEVIN_LIVE_ALLOW_WRITES=true}, for scenarios that create
 * things or change more than the test organization (README, "Against a real tenant"). Each is a
 * {@code DEVIN_LIVE_*} variable set to true; the embedded tenant runs every scenario.
 */
public final class OptIns {

    /** Creates an organization named contract-run-..., and deletes it. */
    public static final String CREATE_ORGANIZATIONS = "DEVIN_LIVE_CREATE_ORGANIZATIONS";
    /** Invites an address at example.com named contract-run-..., and removes the user it makes from the enterprise. */
    public static final String INVITE_MEMBERS = "DEVIN_LIVE_INVITE_MEMBERS";
    /** Gives a test user another enterprise role, and sets the original back. */
    public static final String UPDATE_ROLES = "DEVIN_LIVE_UPDATE_ROLES";
    /** Creates an enterprise group named contract-run-...; no operation deletes one, so it stays. */
    public static final String CREATE_GROUPS = "DEVIN_LIVE_CREATE_GROUPS";

    private OptIns() {}
}
