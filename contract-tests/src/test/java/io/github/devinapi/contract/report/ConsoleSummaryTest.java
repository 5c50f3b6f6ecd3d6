package io.github.devinapi.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the console says about the scenarios a run skipped. */
@DisplayName("The console summary")
class ConsoleSummaryTest {

    @Test
    @DisplayName("lists the skipped scenarios grouped by reason, without the request each reason names")
    void skippedScenariosByReason() {
        ContractReport report = new ContractReport();
        String writes = " would change the tenant: scenarios that write run only with DEVIN_LIVE_ALLOW_WRITES=true";
        report.skipped("typed: adds one user", "POST /v2/enterprise/organizations/org-1/members" + writes);
        report.skipped("raw: accepts explicit nulls", "POST /v2/enterprise/organizations/org-1/members" + writes);
        report.skipped("typed: adds members to named groups", "uses group names, and a live run has no test groups");
        report.note("recordings: 2 scenario folders written");
        ReportContext context = new ReportContext(
                "spec/v2-openapi.yaml", "live", 1, report.skipped(), report.observations(), report.notes());

        String summary = ConsoleSummary.render(Coverage.of(report, List.of()), context, "target/contract-report");

        assertThat(summary)
                .contains(
                        "skipped scenarios: 3",
                        "2 x a request" + writes,
                        "        raw: accepts explicit nulls",
                        "1 x uses group names, and a live run has no test groups",
                        "recordings: 2 scenario folders written");
    }
}
