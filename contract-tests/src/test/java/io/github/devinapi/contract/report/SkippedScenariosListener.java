package io.github.devinapi.contract.report;

import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Puts every test that was skipped (an assumption or a target refused it) in the report, with its
 * reason, so that a live run says what it did not do and why (registered in META-INF/services).
 */
public final class SkippedScenariosListener implements TestExecutionListener {

    private static final String ASSUMPTION_PREFIX = "Assumption failed: ";

    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        ContractReport.global().skipped(name(test), reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest() && result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            ContractReport.global().skipped(name(test),
                    reason.startsWith(ASSUMPTION_PREFIX) ? reason.substring(ASSUMPTION_PREFIX.length()) : reason);
        }
    }

    /** "addOrganizationMembers, typed: adds one user to one organization", as the console shows tests. */
    private String name(TestIdentifier test) {
        Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(test);
        String own = test.getDisplayName();
        return parent.map(TestIdentifier::getDisplayName)
                .filter(name -> !own.startsWith(name + ":") && !name.startsWith("JUnit"))
                .map(name -> name + ": " + own).orElse(own);
    }
}
