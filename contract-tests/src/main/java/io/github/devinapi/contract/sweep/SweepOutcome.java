package io.github.devinapi.contract.sweep;

import io.github.devinapi.contract.model.ContractOperation;

/**
 * What the read-only sweep made of one GET operation.
 *
 * @param detail the status and the tenant's detail for a feature-gated answer, why for one not reached,
 *     the violation for one that failed
 */
public record SweepOutcome(ContractOperation operation, Kind kind, String detail) {

    public enum Kind {
        /** Answered as the spec declares, and the answer conforms (and, for a paged list, pages hold). */
        CONFORMS("conforms"),
        /** Answered 403 or 404: the enterprise may lack the feature; reported, not failed. */
        FEATURE_GATED("feature-gated"),
        /** Not called: an id it needs was not discovered, or a required parameter has no value by rule. */
        NOT_REACHED("not reached"),
        /** Broke the contract, or its pages do not hold. */
        FAILED("failed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "sweep: listOrganizations (GET /v2/enterprise/organizations): conforms (200)". */
    public String describe() {
        return "sweep: " + operation.describe() + ": " + kind.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
