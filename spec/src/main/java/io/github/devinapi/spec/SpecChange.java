package io.github.devinapi.spec;

/**
 * One difference between the accepted spec and the current one, judged from the point of view of
 * code that uses the generated client: breaking when such code may stop compiling or working.
 *
 * @param operation "GET /v2/enterprise/organizations", or "" for a change outside operations
 * @param where     "request body: region", "query parameter roles", "response 200: items[].role"
 */
public record SpecChange(boolean breaking, String operation, String where, String what) {

    @Override
    public String toString() {
        return (breaking ? "BREAKING  " : "compatible ") + operation + (where.isEmpty() ? "" : " | " + where) + ": "
                + what;
    }
}
