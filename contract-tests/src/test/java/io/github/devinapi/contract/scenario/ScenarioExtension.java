package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.report.Source;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives each hand-written test its {@link Scenario} and finishes it afterwards. */
final class ScenarioExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ScenarioExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Scenario.class;
    }

    @Override
    public Scenario resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getUniqueId(),
                id -> Scenario.of(name(context), Source.HAND_WRITTEN), Scenario.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Scenario scenario = context.getStore(NAMESPACE).get(context.getUniqueId(), Scenario.class);
        if (scenario != null && context.getExecutionException().isEmpty()) {
            scenario.finish();
        }
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
}
