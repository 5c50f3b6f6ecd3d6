package io.github.devinapi.contract.validation;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a scenario means to do, so that a deliberate departure from the spec is not a failure:
 * a negative scenario sends a request that breaks the spec on purpose (and fails if it does not),
 * and a scenario may expect a status the spec does not declare (reported as a spec gap).
 */
public record Expectation(boolean sendsInvalidRequest, Set<Integer> undocumentedStatuses) {

    public Expectation {
        undocumentedStatuses = Set.copyOf(undocumentedStatuses);
    }

    public static Expectation conforming() {
        return new Expectation(false, Set.of());
    }

    public Expectation sendingInvalidRequest() {
        return new Expectation(true, undocumentedStatuses);
    }

    public Expectation allowingUndocumentedStatus(int status) {
        Set<Integer> statuses = new TreeSet<>(undocumentedStatuses);
        statuses.add(status);
        return new Expectation(sendsInvalidRequest, statuses);
    }
}
