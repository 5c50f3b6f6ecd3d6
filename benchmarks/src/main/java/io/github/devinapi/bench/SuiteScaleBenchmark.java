package io.github.devinapi.bench;

import io.github.devinapi.contract.embedded.EmbeddedTarget;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.report.ContractReport;
import io.github.devinapi.contract.run.RunSettings;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import io.github.devinapi.contract.schemadriven.SchemaDrivenCase;
import io.github.devinapi.contract.schemadriven.SchemaDrivenCases;
import io.github.devinapi.contract.schemadriven.SchemaDrivenRunner;
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
 * operations, each a full scenario (request sampled, sent through DevinClient or raw, validated once by the
 * embedded tenant and judged by the client-side adapter, answer synthesised and parsed back, reported).
 * The spec, the validator and the tenant are built once per fork, as in a real run; the cost per case must
 * not grow with the number of cases.
 *
 * <p>Before measuring, every fork runs the same {@value #WARM_UP_CASES} other cases (another seed), so that each
 * size is measured on an equally warm JVM: otherwise the run of 100 cases would measure the JIT compiler at work,
 * not what a case costs.
 */
@Comparison(
        number = 4,
        title = "Suite scale: schema-driven scenarios on the embedded tenant",
        target = "cost per case flat from 100 to 10,000 cases")
@PerUnit(param = "cases", unit = "case", maxExponent = 1.2)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SuiteScaleBenchmark {

    static final int WARM_UP_CASES = 2_000;
    /** A smoke run proves the benchmark runs: a few warm-up cases do. */
    private static final int SMOKE_WARM_UP_CASES = 20;

    @Param({"100", "1000", "10000"})
    public int cases;

    private Path noRecordings;
    private EmbeddedTenant tenant;
    private TargetClients clients;
    private SchemaDrivenRunner runner;
    private List<SchemaDrivenCase> toRun;

    @Setup(Level.Trial)
    public void start() throws IOException {
        ApiContract contract =
                ApiContract.load(RunSettings.fromSystemProperties().specFile());
        ContractValidator validator = new ContractValidator(contract);
        noRecordings = Files.createTempDirectory("no-recordings");
        tenant = EmbeddedTenant.start(validator, RecordingLibrary.load(noRecordings, validator));
        clients = new TargetClients(EmbeddedTarget.on(tenant));
        ContractReport report = new ContractReport();
        runner = new SchemaDrivenRunner(
                tenant,
                generated -> clients.scenario(generated.describe(), ScenarioSource.SCHEMA_DRIVEN, validator, report),
                "the default seed");
        toRun = SchemaDrivenCases.of(contract, SchemaDrivenCases.DEFAULT_SEED).take(cases);
        int warmUp = Boolean.getBoolean("bench.smoke") ? SMOKE_WARM_UP_CASES : WARM_UP_CASES;
        SchemaDrivenCases.of(contract, SchemaDrivenCases.DEFAULT_SEED + 1)
                .take(warmUp)
                .forEach(runner::run);
    }

    @Benchmark
    @Side("schema-driven scenarios, one shot of all cases")
    public int schemaDrivenScenarios() {
        toRun.forEach(runner::run);
        return toRun.size();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        clients.close();
        tenant.close();
        Files.deleteIfExists(noRecordings);
    }
}
