package io.github.devinapi.contract.report;

import io.github.devinapi.contract.spec.ContractSpec;
import io.github.devinapi.contract.targets.Target;
import java.io.PrintStream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Writes the contract report and prints its summary once, when the test run ends
 * (registered in META-INF/services). A run that validated nothing writes nothing.
 */
public final class ReportingSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        ContractReport report = ContractReport.global();
        if (report.exchanges().isEmpty()) {
            return;
        }
        String target = Target.ifStarted().map(Target::describe).orElse(System.getProperty(Target.PROPERTY, "mock"));
        String summary = ReportWriter.write(report, ContractSpec.get(), target, ReportWriter.directory());
        PrintStream console = System.out;
        console.println(summary);
        console.flush();
    }
}
