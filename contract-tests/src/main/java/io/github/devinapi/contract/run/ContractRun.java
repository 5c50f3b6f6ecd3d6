package io.github.devinapi.contract.run;

import io.github.devinapi.contract.embedded.EmbeddedTarget;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.live.LiveConfiguration;
import io.github.devinapi.contract.live.LiveTarget;
import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.recorder.RecordingTarget;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.replay.RecordingReplay;
import io.github.devinapi.contract.report.ContractReport;
import io.github.devinapi.contract.report.ReportWriter;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import io.github.devinapi.contract.schemadriven.SchemaDrivenCases;
import io.github.devinapi.contract.schemadriven.SchemaDrivenRunner;
import io.github.devinapi.contract.sweep.LiveSweep;
import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.ValidationLevels;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * One contract run, the composition root of the engine: the contract, its validator, the recorded
 * scenarios, the target and the report, built once from the settings and shared by every scenario of
 * the run. Closing it writes the report and prints its summary, then stops the target.
 */
public final class ContractRun implements AutoCloseable {

    private final RunSettings settings;
    private final ApiContract contract;
    private final ContractValidator validator;
    private final RecordingLibrary recordings;
    private final Target target;
    private final Optional<EmbeddedTenant> embedded;
    private final TargetClients clients;
    private final ContractReport report = new ContractReport();
    private final PrintStream console;

    private ContractRun(
            RunSettings settings,
            ApiContract contract,
            ContractValidator validator,
            RecordingLibrary recordings,
            Target target,
            Optional<EmbeddedTenant> embedded,
            PrintStream console) {
        this.settings = settings;
        this.contract = contract;
        this.validator = validator;
        this.recordings = recordings;
        this.target = target;
        this.embedded = embedded;
        this.clients = new TargetClients(target);
        this.console = console;
    }

    /** Loads the contract and the recordings, and starts the target the settings name. */
    public static ContractRun start(RunSettings settings, PrintStream console) {
        ApiContract contract = ApiContract.load(settings.specFile());
        ContractValidator validator = new ContractValidator(contract);
        RecordingLibrary recordings = RecordingLibrary.load(settings.scenariosDir(), validator);
        if (!settings.live()) {
            EmbeddedTenant tenant = EmbeddedTenant.start(validator, recordings);
            return new ContractRun(
                    settings,
                    contract,
                    validator,
                    recordings,
                    EmbeddedTarget.owning(tenant),
                    Optional.of(tenant),
                    console);
        }
        LiveTarget live = new LiveTarget(LiveConfiguration.fromEnvironment(), validator);
        Target target = settings.record() ? RecordingTarget.open(live, settings.recordingsDir(), validator) : live;
        return new ContractRun(settings, contract, validator, recordings, target, Optional.empty(), console);
    }

    public RunSettings settings() {
        return settings;
    }

    public ApiContract contract() {
        return contract;
    }

    public ContractValidator validator() {
        return validator;
    }

    public RecordingLibrary recordings() {
        return recordings;
    }

    public Target target() {
        return target;
    }

    /** The embedded tenant, when it is the run's target. */
    public Optional<EmbeddedTenant> embeddedTenant() {
        return embedded;
    }

    public ContractReport report() {
        return report;
    }

    /** A scenario of this run: the run's target, validator and report. */
    public Scenario scenario(String name, ScenarioSource source) {
        return clients.scenario(name, source, validator, report);
    }

    /**
     * Runs one scenario's body. A scenario the target refuses, or that cannot run here, is reported as
     * skipped with its reason, and the refusal goes on to the test framework.
     */
    public void execute(String scenario, Runnable body) {
        try {
            body.run();
        } catch (TestAbortedException skipped) {
            report.skipped(scenario, SkipReasons.of(skipped));
            throw skipped;
        } finally {
            target.scenarioEnded();
        }
    }

    public RecordingReplay replay() {
        return new RecordingReplay(embedded);
    }

    public SchemaDrivenCases schemaDrivenCases() {
        return SchemaDrivenCases.of(contract, settings.seed());
    }

    /** The runner of the schema-driven scenarios; they need the embedded tenant, which synthesises their answers. */
    public Optional<SchemaDrivenRunner> schemaDrivenRunner() {
        return embedded.map(tenant -> new SchemaDrivenRunner(
                tenant,
                generated -> scenario(generated.describe(), ScenarioSource.SCHEMA_DRIVEN),
                settings.reproduceSeed()));
    }

    /**
     * The read-only sweep of every GET operation, for a live target: its scenarios are this run's, its outcomes
     * go into the report, and the test organization is the {@code org_id} it tries first.
     */
    public LiveSweep liveSweep() {
        return new LiveSweep(
                contract,
                Map.of("org_id", target.ids().org(1)),
                name -> scenario(name, ScenarioSource.LIVE_SWEEP),
                outcome -> report.note(outcome.describe()),
                Clock.systemUTC());
    }

    /** Writes the report (when anything was checked) and prints its summary, then stops the target. */
    @Override
    public void close() {
        try {
            report.add(target.summary());
            report.note(ValidationLevels.describe());
            if (!report.exchanges().isEmpty()) {
                console.println(ReportWriter.write(report, contract, target.describe(), settings.reportDir()));
                console.flush();
            }
        } finally {
            clients.close();
            target.close();
        }
    }
}
