package io.github.devinapi.contract.schemadriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.spec.PagingRule;
import io.github.devinapi.spec.RequestSamples;
import io.github.devinapi.spec.SampleRequest;
import io.github.devinapi.spec.SchemaSampler;
import io.github.devinapi.spec.SpecOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema-driven scenarios of a spec, for every operation, deterministic for a seed:
 * <ul>
 *   <li>a valid request with every field, answered with each concrete status the operation declares
 *       (the client must send it as the spec says and parse each answer);</li>
 *   <li>a valid request with only the required fields, answered with the first declared success;</li>
 *   <li>for a paged list ({@link PagingRule}): every item, read page by page through {@code DevinClient.paginate};</li>
 *   <li>when the operation declares 422: each invalid variant of {@link RequestSamples#invalid}.</li>
 * </ul>
 */
public final class SchemaDrivenCases {

    /** The seed when none is configured: fixed, so that runs are repeatable. */
    public static final long DEFAULT_SEED = 20_261_127L;

    private final ApiContract spec;
    private final long seed;

    private SchemaDrivenCases(ApiContract spec, long seed) {
        this.spec = spec;
        this.seed = seed;
    }

    public static SchemaDrivenCases of(ApiContract spec, long seed) {
        return new SchemaDrivenCases(spec, seed);
    }

    public long seed() {
        return seed;
    }

    /** Every case of every operation, in spec order. */
    public List<SchemaDrivenCase> all() {
        return casesFor(seed);
    }

    /** The cases of one operation. */
    public List<SchemaDrivenCase> forOperation(ContractOperation operation) {
        return all().stream()
                .filter(c -> c.operation().key().equals(operation.key()))
                .toList();
    }

    /**
     * {@code count} cases: the spec's cases again and again, each round sampled with a new seed, so
     * that a run of any size exercises every operation evenly with fresh values.
     */
    public List<SchemaDrivenCase> take(int count) {
        List<SchemaDrivenCase> cases = new ArrayList<>(count);
        for (long round = 0; cases.size() < count; round++) {
            for (SchemaDrivenCase generated : casesFor(seed + round)) {
                if (cases.size() == count) {
                    break;
                }
                cases.add(generated);
            }
        }
        return cases;
    }

    private List<SchemaDrivenCase> casesFor(long roundSeed) {
        RequestSamples samples = new RequestSamples(spec.document().root(), roundSeed);
        Map<String, PagingRule.PagedOperation> paged = new HashMap<>();
        PagingRule.find(spec.document())
                .forEach(page -> paged.put(page.operation().key(), page));
        List<SchemaDrivenCase> cases = new ArrayList<>();
        for (ContractOperation operation : spec.operations().all()) {
            SpecOperation specOperation = operation.spec();
            List<Integer> statuses = concreteStatuses(operation);
            SampleRequest full = samples.valid(specOperation, SchemaSampler.Mode.FULL);
            for (int status : statuses) {
                cases.add(new SchemaDrivenCase(
                        "every field", operation, full, true, status, List.of(), roundSeed + status));
            }
            statuses.stream()
                    .filter(status -> status / 100 == 2)
                    .findFirst()
                    .ifPresent(success -> cases.add(new SchemaDrivenCase(
                            "required fields only",
                            operation,
                            samples.valid(specOperation, SchemaSampler.Mode.MINIMAL),
                            true,
                            success,
                            List.of(),
                            roundSeed)));
            PagingRule.PagedOperation paging = paged.get(operation.key());
            if (paging != null) {
                cases.add(new SchemaDrivenCase(
                        "every item, page by page",
                        operation,
                        firstPage(full, paging),
                        true,
                        200,
                        List.of(),
                        roundSeed,
                        paging));
            }
            if (statuses.contains(422)) {
                for (SampleRequest.Invalid invalid : samples.invalid(specOperation)) {
                    cases.add(new SchemaDrivenCase(
                            invalid.name(),
                            operation,
                            invalid.request(),
                            false,
                            422,
                            invalid.expectedLocation(),
                            roundSeed));
                }
            }
        }
        return cases;
    }

    /** The full request, asking for the first page of {@value SchemaDrivenRunner#PAGE_SIZE} items. */
    private static SampleRequest firstPage(SampleRequest full, PagingRule.PagedOperation paging) {
        Map<String, JsonNode> query = new LinkedHashMap<>(full.queryParameters());
        query.put(paging.style().startParameter, IntNode.valueOf(paging.firstStart()));
        query.put(paging.style().sizeParameter, IntNode.valueOf(SchemaDrivenRunner.PAGE_SIZE));
        return new SampleRequest(full.operation(), full.pathParameters(), query, full.body());
    }

    /** The numeric statuses an operation declares ("default" and "4XX" name no one status to synthesise). */
    private static List<Integer> concreteStatuses(ContractOperation operation) {
        return operation.declaredStatuses().stream()
                .filter(status -> status.matches("[1-5]\\d\\d"))
                .map(Integer::valueOf)
                .sorted()
                .toList();
    }
}
