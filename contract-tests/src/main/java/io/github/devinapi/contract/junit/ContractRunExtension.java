package io.github.devinapi.contract.junit;

import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.run.RunSettings;
import io.github.devinapi.contract.run.SkipReasons;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Builds the run's one {@link ContractRun} from the system properties when a test first needs it, keeps
 * it in JUnit's root store for every test class of the launch, and closes it (writing the report) when
 * the launch ends. Gives tests a {@link ContractRun} parameter, and each hand-written test its
 * {@link Scenario}, named after the test and finished after it; a skipped scenario is reported with why.
 */
public final class ContractRunExtension implements ParameterResolver, AfterEachCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ContractRunExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Scenario.class || type == ContractRun.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == ContractRun.class) {
            return run(context);
        }
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        context.getUniqueId(),
                        id -> run(context).scenario(name(context), ScenarioSource.HAND_WRITTEN),
                        Scenario.class);
    }

    /** Finishes a scenario that passed; whatever the outcome, lets the target put back what it changed. */
    @Override
    public void afterEach(ExtensionContext context) {
        Scenario scenario = context.getStore(NAMESPACE).get(context.getUniqueId(), Scenario.class);
        if (scenario == null) {
            return;
        }
        try {
            if (context.getExecutionException().isEmpty()) {
                scenario.finish();
            }
        } finally {
            scenario.target().scenarioEnded();
        }
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        run(context).report().skipped(name(context), SkipReasons.of(cause));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        run(context).report().skipped(name(context), reason.orElse("disabled"));
    }

    /** The run of this launch, started on first use. */
    public static ContractRun run(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(StartedRun.class, key -> StartedRun.start(), StartedRun.class)
                .get();
    }

    /** "AddOrganizationMembersTypedTest: adds one user to one organization", with the parameters of a parameterized test. */
    private static String name(ExtensionContext context) {
        String className = context.getRequiredTestClass().getSimpleName();
        String test = context.getDisplayName();
        if (test.startsWith("[")) {
            test = context.getParent().map(ExtensionContext::getDisplayName).orElse("") + " " + test;
        }
        return className + ": " + test;
    }

    /**
     * The run, or why it could not start: a failure is kept and reported again, with its message, to
     * every test that needs the run. JUnit closes it when the launch ends.
     */
    private record StartedRun(ContractRun run, RuntimeException failure) implements AutoCloseable {

        static StartedRun start() {
            try {
                return new StartedRun(ContractRun.start(RunSettings.fromSystemProperties(), System.out), null);
            } catch (RuntimeException e) {
                return new StartedRun(null, e);
            }
        }

        ContractRun get() {
            if (failure != null) {
                // A new exception each time: tests must not share (and add suppressed exceptions to) one instance.
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            return run;
        }

        @Override
        public void close() {
            if (run != null) {
                run.close();
            }
        }
    }
}
