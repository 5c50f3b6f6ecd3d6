package io.github.devinapi.scenarios;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.schemadriven.SchemaDrivenCase;
import io.github.devinapi.contract.schemadriven.SchemaDrivenCases;
import io.github.devinapi.contract.schemadriven.SchemaDrivenRunner;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the spec, exercised from its schemas with no per-operation code: valid requests
 * through DevinClient, each documented answer parsed, each invalid variant refused with 422.
 */
@ContractScenarios
@DisplayName("Schema-driven scenarios")
class SchemaDrivenScenariosTest {

    @TestFactory
    Stream<DynamicNode> everyOperationOfTheSpec(ContractRun run) {
        SchemaDrivenCases cases = run.schemaDrivenCases();
        Optional<SchemaDrivenRunner> runner = run.schemaDrivenRunner();
        System.out.println("Schema-driven scenarios: seed " + cases.seed() + " (reproduce with "
                + run.settings().reproduceSeed() + ")");
        return run.contract().operations().all().stream()
                .map(operation -> DynamicContainer.dynamicContainer(
                        operation.describe(),
                        cases.forOperation(operation).stream()
                                .map(generated -> DynamicTest.dynamicTest(
                                        generated.name() + " -> " + generated.expectedStatus(),
                                        () -> run(run, runner, generated)))));
    }

    private static void run(ContractRun run, Optional<SchemaDrivenRunner> runner, SchemaDrivenCase generated) {
        run.execute(generated.describe(), () -> {
            assumeTrue(
                    runner.isPresent(),
                    "schema-driven scenarios use sampled ids and synthesised answers: "
                            + "they run on the embedded tenant only");
            runner.get().run(generated);
        });
    }
}
