package io.github.devinapi.contract.recordings;

import io.github.devinapi.contract.validation.Expectation;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The optional {@code scenario.json} of a recorded scenario folder.
 *
 * @param description what the scenario shows
 * @param mutates whether replaying it changes the tenant (a live run replays it only when writes are allowed)
 * @param sendsInvalidRequest the recorded requests break the spec on purpose (a negative scenario)
 * @param undocumentedStatuses statuses the recordings answer with although the spec does not declare them (spec gaps)
 * @param replayLive whether a live run replays the recordings too (default true); false for the recordings of a
 *     lifecycle (ids the tenant made, steps that only make sense in order), whose hand-written scenario runs live itself
 */
public record RecordedScenarioInfo(String description, boolean mutates, boolean sendsInvalidRequest,
                                   List<Integer> undocumentedStatuses, boolean replayLive) {

    public RecordedScenarioInfo {
        description = description == null ? "" : description;
        undocumentedStatuses = undocumentedStatuses == null ? List.of() : List.copyOf(undocumentedStatuses);
    }

    /** As scenario.json says it; what it leaves out takes the safe default (a scenario writes unless it says not). */
    @JsonCreator
    static RecordedScenarioInfo read(@JsonProperty("description") String description,
                                     @JsonProperty("mutates") Boolean mutates,
                                     @JsonProperty("sendsInvalidRequest") Boolean sendsInvalidRequest,
                                     @JsonProperty("undocumentedStatuses") List<Integer> undocumentedStatuses,
                                     @JsonProperty("replayLive") Boolean replayLive) {
        return new RecordedScenarioInfo(description, mutates == null || mutates,
                sendsInvalidRequest != null && sendsInvalidRequest, undocumentedStatuses, replayLive == null || replayLive);
    }

    /** A folder without scenario.json: conforming requests, documented statuses; assumed to write. */
    public static RecordedScenarioInfo defaults() {
        return new RecordedScenarioInfo("", true, false, List.of(), true);
    }

    public Expectation expectation() {
        Expectation expectation = sendsInvalidRequest ? Expectation.conforming().sendingInvalidRequest() : Expectation.conforming();
        for (int status : undocumentedStatuses) {
            expectation = expectation.allowingUndocumentedStatus(status);
        }
        return expectation;
    }
}
