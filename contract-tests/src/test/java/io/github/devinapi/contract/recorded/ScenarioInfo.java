package io.github.devinapi.contract.recorded;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.devinapi.contract.validation.Expectation;
import java.util.List;

/**
 * The optional {@code scenario.json} of a recorded scenario folder.
 *
 * @param description what the scenario shows
 * @param mutates whether replaying it changes the tenant (a live run replays it only when writes are allowed)
 * @param sendsInvalidRequest the recorded requests break the spec on purpose (a negative scenario)
 * @param undocumentedStatuses statuses the recordings answer with although the spec does not declare them (spec gaps)
 */
public record ScenarioInfo(
        @JsonProperty("description") String description,
        @JsonProperty("mutates") boolean mutates,
        @JsonProperty("sendsInvalidRequest") boolean sendsInvalidRequest,
        @JsonProperty("undocumentedStatuses") List<Integer> undocumentedStatuses) {

    public ScenarioInfo {
        description = description == null ? "" : description;
        undocumentedStatuses = undocumentedStatuses == null ? List.of() : List.copyOf(undocumentedStatuses);
    }

    /** A folder without scenario.json: conforming requests, documented statuses; assumed to write. */
    public static ScenarioInfo defaults() {
        return new ScenarioInfo("", true, false, List.of());
    }

    public Expectation expectation() {
        Expectation expectation = sendsInvalidRequest ? Expectation.conforming().sendingInvalidRequest() : Expectation.conforming();
        for (int status : undocumentedStatuses) {
            expectation = expectation.allowingUndocumentedStatus(status);
        }
        return expectation;
    }
}
