package io.github.devinapi.contract.generated;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.devinapi.contract.report.ContractReport;
import io.github.devinapi.contract.spec.ContractSpec;
import io.github.devinapi.contract.targets.Target;
import io.github.devinapi.contract.validation.ContractValidator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the spec, exercised from its schemas with no per-operation code: valid requests
 * through the generated client, each documented answer parsed, each invalid variant refused with 422.
 */
@DisplayName("Schema-driven scenarios")
class GeneratedScenariosTest {

    @TestFactory
    Stream<DynamicNode> everyOperationOfTheSpec() {
        GeneratedCases cases = GeneratedCases.of(ContractSpec.get(), GeneratedCases.configuredSeed());
        System.out.println("Schema-driven scenarios: seed " + cases.seed() + " (reproduce with -D"
                + GeneratedCases.SEED_PROPERTY + "=" + cases.seed() + ")");
        return ContractSpec.get().operations().all().stream().map(operation -> {
            List<GeneratedCase> forOperation = cases.forOperation(operation);
            return DynamicContainer.dynamicContainer(operation.describe(), forOperation.stream().map(generated ->
                    DynamicTest.dynamicTest(generated.name() + " -> " + generated.expectedStatus(), () -> run(generated))));
        });
    }

    private static void run(GeneratedCase generated) {
        Target target = Target.current();
        assumeTrue(target.isMock(), "schema-driven scenarios use sampled ids and synthesised answers: "
                + "they run on the embedded tenant only");
        Runner.INSTANCE.run(generated);
    }

    /** One runner for the whole run: typed clients and lookups are built once. */
    private static final class Runner {
        static final GeneratedCaseRunner INSTANCE = new GeneratedCaseRunner(
                Target.current(), ContractValidator.shared(), ContractReport.global());
    }
}
