package io.github.devinapi.contract.schemadriven;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.spec.PagingRule;
import io.github.devinapi.spec.SampleRequest;
import java.util.List;

/**
 * One schema-driven scenario: a request built from the spec and the status it must draw.
 *
 * @param valid            whether the request conforms (sent through the generated client) or breaks
 *                         the spec on purpose (sent raw, and must draw a 422)
 * @param expectedLocation for an invalid request, the {@code loc} FastAPI names, e.g. ["body", "user_ids"]
 * @param seed             the seed the request and the synthesised answer were sampled with
 * @param paging           for a paged list read page by page through DevinClient.paginate, how it pages; else null
 */
public record SchemaDrivenCase(
        String name,
        ContractOperation operation,
        SampleRequest request,
        boolean valid,
        int expectedStatus,
        List<Object> expectedLocation,
        long seed,
        PagingRule.PagedOperation paging) {

    public SchemaDrivenCase(
            String name,
            ContractOperation operation,
            SampleRequest request,
            boolean valid,
            int expectedStatus,
            List<Object> expectedLocation,
            long seed) {
        this(name, operation, request, valid, expectedStatus, expectedLocation, seed, null);
    }

    /** "addOrganizationMembers: user_ids missing -> 422". */
    public String describe() {
        return operation.name() + ": " + name + " -> " + expectedStatus;
    }
}
