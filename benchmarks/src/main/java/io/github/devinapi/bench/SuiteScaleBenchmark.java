package io.github.devinapi.bench;

import io.github.devinapi.contract.generated.GeneratedCase;
import io.github.devinapi.contract.generated.GeneratedCaseRunner;
import io.github.devinapi.contract.generated.GeneratedCases;
import io.github.devinapi.contract.recorded.ScenarioLibrary;
import io.github.devinapi.contract.report.ContractReport;
import io.github.devinapi.contract.spec.ContractSpec;
import io.github.devinapi.contract.targets.MockTarget;
import io.github.devinapi.contract.tenant.EmbeddedTenant;
import io.github.devinapi.contract.validation.ContractValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the schema-driven scenarios cost as their number grows: 100, 1,000 and 10,000 cases of the spec's
 * operations, each a full scenario (request sampled, sent through the generated client or raw, validated
 * by the embedded tenant and by the client-side adapter, answer synthesised and parsed back, reported).
 * The spec, the validator and the tenant are built once per fork, as in a real run; the cost per case must
 * not grow with the number of cases.
 */
@Comparison(number = 4, title = "Suite scale: schema-driven scenarios on the embedded tenant",
        target = "cost per case flat from 100 to 10,000 cases")
@PerUnit(param = "cases", unit = "case", maxExponent = 1.2)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SuiteScaleBenchmark {

    @Param({"100", "1000", "10000"})
    public int cases;

    private Path noRecordings;
    private EmbeddedTenant tenant;
    private GeneratedCaseRunner runner;
    private List<GeneratedCase> toRun;

    @Setup(Level.Trial)
    public void start() throws IOException {
        ContractValidator validator = ContractValidator.shared();
        noRecordings = Files.createTempDirectory("no-recordings");
        tenant = EmbeddedTenant.start(validator, ScenarioLibrary.load(noRecordings, validator));
        runner = new GeneratedCaseRunner(new MockTarget(tenant), validator, new ContractReport());
        toRun = GeneratedCases.of(ContractSpec.get(), GeneratedCases.DEFAULT_SEED).take(cases);
    }

    @Benchmark
    @Side("schema-driven scenarios, one shot of all cases")
    public int schemaDrivenScenarios() {
        toRun.forEach(runner::run);
        return toRun.size();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        tenant.close();
        Files.deleteIfExists(noRecordings);
    }
}
