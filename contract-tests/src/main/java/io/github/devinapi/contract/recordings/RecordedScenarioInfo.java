package io.github.devinapi.contract.recordings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param stepsOf the hand-written scenario whose steps these recordings answer on the embedded tenant (a lifecycle:
 *                create, read, delete), or null. Replayed one by one on a live tenant they would act out of order
 *                (remove a member never added, read an organization deleted), so a live run does not replay them:
 *                that scenario runs the steps there itself.
 */
public record RecordedScenarioInfo(
        String description,
        boolean mutates,
        boolean sendsInvalidRequest,
        List<Integer> undocumentedStatuses,
        @JsonInclude(JsonInclude.Include.NON_NULL) String stepsOf) {

    public RecordedScenarioInfo {
        description = description == null ? "" : description;
        undocumentedStatuses = undocumentedStatuses == null ? List.of() : List.copyOf(undocumentedStatuses);
        stepsOf = stepsOf == null || stepsOf.isBlank() ? null : stepsOf.trim();
    }

    public RecordedScenarioInfo(
            String description, boolean mutates, boolean sendsInvalidRequest, List<Integer> undocumentedStatuses) {
        this(description, mutates, sendsInvalidRequest, undocumentedStatuses, null);
    }

    /** As scenario.json says it; what it leaves out takes the safe default (a scenario writes unless it says not). */
    @JsonCreator
    static RecordedScenarioInfo read(
            @JsonProperty("description") String description,
            @JsonProperty("mutates") Boolean mutates,
            @JsonProperty("sendsInvalidRequest") Boolean sendsInvalidRequest,
            @JsonProperty("undocumentedStatuses") List<Integer> undocumentedStatuses,
            @JsonProperty("stepsOf") String stepsOf) {
        return new RecordedScenarioInfo(
                description,
                mutates == null || mutates,
                sendsInvalidRequest != null && sendsInvalidRequest,
                undocumentedStatuses,
                stepsOf);
    }

    /** A folder without scenario.json: conforming requests, documented statuses; assumed to write. */
    public static RecordedScenarioInfo defaults() {
        return new RecordedScenarioInfo("", true, false, List.of(), null);
    }

    /** Whether a live run replays the recordings one by one: not when they are the steps of a hand-written scenario. */
    public boolean replaysAlone() {
        return stepsOf == null;
    }

    public Expectation expectation() {
        Expectation expectation =
                sendsInvalidRequest ? Expectation.conforming().sendingInvalidRequest() : Expectation.conforming();
        for (int status : undocumentedStatuses) {
            expectation = expectation.allowingUndocumentedStatus(status);
        }
        return expectation;
    }
}
