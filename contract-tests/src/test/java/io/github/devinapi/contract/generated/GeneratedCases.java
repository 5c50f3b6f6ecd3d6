package io.github.devinapi.contract.generated;

import io.github.devinapi.contract.spec.ContractSpec;
import io.github.devinapi.contract.spec.Operation;
import io.github.devinapi.spec.RequestSamples;
import io.github.devinapi.spec.SampleRequest;
import io.github.devinapi.spec.SchemaSampler;
import io.github.devinapi.spec.SpecOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema-driven scenarios of a spec, for every operation, deterministic for a seed:
 * <ul>
 *   <li>a valid request with every field, answered with each concrete status the operation declares
 *       (the client must send it as the spec says and parse each answer);</li>
 *   <li>a valid request with only the required fields, answered with the first declared success;</li>
 *   <li>when the operation declares 422: each invalid variant of {@link RequestSamples#invalid}.</li>
 * </ul>
 */
public final class GeneratedCases {

    /** The seed when {@value #SEED_PROPERTY} is not set: fixed, so that runs are repeatable. */
    public static final long DEFAULT_SEED = 20_261_127L;
    public static final String SEED_PROPERTY = "contract.seed";

    private final ContractSpec spec;
    private final long seed;

    private GeneratedCases(ContractSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
    }

    public static GeneratedCases of(ContractSpec spec, long seed) {
        return new GeneratedCases(spec, seed);
    }

    /** The run's seed: {@code -Dcontract.seed}, else {@link #DEFAULT_SEED}. */
    public static long configuredSeed() {
        String configured = System.getProperty(SEED_PROPERTY);
        return configured == null || configured.isBlank() ? DEFAULT_SEED : Long.parseLong(configured.trim());
    }

    public long seed() {
        return seed;
    }

    /** Every case of every operation, in spec order. */
    public List<GeneratedCase> all() {
        return casesFor(seed);
    }

    /** The cases of one operation. */
    public List<GeneratedCase> forOperation(Operation operation) {
        return all().stream().filter(c -> c.operation().key().equals(operation.key())).toList();
    }

    /**
     * {@code count} cases: the spec's cases again and again, each round sampled with a new seed, so
     * that a run of any size exercises every operation evenly with fresh values.
     */
    public List<GeneratedCase> take(int count) {
        List<GeneratedCase> cases = new ArrayList<>(count);
        for (long round = 0; cases.size() < count; round++) {
            for (GeneratedCase generated : casesFor(seed + round)) {
                if (cases.size() == count) {
                    break;
                }
                cases.add(generated);
            }
        }
        return cases;
    }

    private List<GeneratedCase> casesFor(long roundSeed) {
        RequestSamples samples = new RequestSamples(spec.document().root(), roundSeed);
        Map<String, SpecOperation> specOperations = new HashMap<>();
        SpecOperation.all(spec.document().root()).forEach(op -> specOperations.put(op.key(), op));
        List<GeneratedCase> cases = new ArrayList<>();
        for (Operation operation : spec.operations().all()) {
            SpecOperation specOperation = specOperations.get(operation.key());
            List<Integer> statuses = concreteStatuses(operation);
            SampleRequest full = samples.valid(specOperation, SchemaSampler.Mode.FULL);
            for (int status : statuses) {
                cases.add(new GeneratedCase("every field", operation, full, true, status, List.of(), roundSeed + status));
            }
            statuses.stream().filter(status -> status / 100 == 2).findFirst().ifPresent(success ->
                    cases.add(new GeneratedCase("required fields only", operation,
                            samples.valid(specOperation, SchemaSampler.Mode.MINIMAL), true, success, List.of(), roundSeed)));
            if (statuses.contains(422)) {
                for (SampleRequest.Invalid invalid : samples.invalid(specOperation)) {
                    cases.add(new GeneratedCase(invalid.name(), operation, invalid.request(), false, 422,
                            invalid.expectedLocation(), roundSeed));
                }
            }
        }
        return cases;
    }

    /** The numeric statuses an operation declares ("default" and "4XX" name no one status to synthesise). */
    private static List<Integer> concreteStatuses(Operation operation) {
        return operation.declaredStatuses().stream()
                .filter(status -> status.matches("[1-5]\\d\\d"))
                .map(Integer::valueOf)
                .sorted()
                .toList();
    }
}
