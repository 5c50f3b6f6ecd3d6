package io.github.devinapi.contract.tenant;

import java.util.List;

/**
 * What a target reports when the run ends.
 *
 * @param unusedRecordings recordings the target served that no exchange used, by file
 * @param unmatchedRequests requests the target could not answer from the contract or a recording
 * @param notes lines for the run's summary (e.g. where new recordings were written)
 */
public record TargetSummary(List<String> unusedRecordings, List<String> unmatchedRequests, List<String> notes) {

    public static final TargetSummary NONE = new TargetSummary(List.of(), List.of(), List.of());

    public TargetSummary {
        unusedRecordings = List.copyOf(unusedRecordings);
        unmatchedRequests = List.copyOf(unmatchedRequests);
        notes = List.copyOf(notes);
    }
}
