package io.github.devinapi.scenarios;

import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.sweep.LiveSweep;
import io.github.devinapi.contract.sweep.SweepOutcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * On a live tenant, the read-only default: every GET operation of the spec, with ids discovered from the
 * lists before it, each answer validated and each paged list's pages checked (see {@link LiveSweep}). The
 * embedded tenant has nothing to discover: there the sweep has no tests.
 */
@ContractScenarios
@DisplayName("Live sweep of every GET operation")
class LiveSweepTest {

    @TestFactory
    Stream<DynamicNode> everyGetOperation(ContractRun run) {
        if (run.target().isEmbedded()) {
            return Stream.empty();
        }
        LiveSweep sweep = run.liveSweep();
        // One operation at a time, in order: each may need the ids the ones before it discovered.
        return sweep.operations().stream()
                .map(operation -> dynamicTest(
                        operation.describe(),
                        () -> run.execute("live sweep: " + operation.describe(), () -> {
                            SweepOutcome outcome = sweep.sweep(operation);
                            if (outcome.kind() == SweepOutcome.Kind.NOT_REACHED) {
                                abort("not reached: " + outcome.detail());
                            }
                        })));
    }
}
