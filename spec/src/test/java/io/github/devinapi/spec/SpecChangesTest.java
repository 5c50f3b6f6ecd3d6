package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecChangesTest {

    private static final SpecDocument BEFORE = SpecDocument.load(TestSpecs.fixture("multi-operation.yaml"));
    private static final SpecDocument AFTER = SpecDocument.load(TestSpecs.fixture("breaking-change.yaml"));

    @Test
    void eachChangeOfTheBreakingFixtureIsNamedAndClassified() {
        List<SpecChange> changes = SpecChanges.between(BEFORE, AFTER);

        assertThat(changes)
                .extracting(SpecChange::breaking, SpecChange::operation, SpecChange::where, SpecChange::what)
                .containsExactlyInAnyOrder(
                        tuple(true, "DELETE /v2/enterprise/organizations/{org_id}", "", "operation removed"),
                        tuple(false, "GET /v2/enterprise/groups", "", "operation added"),
                        tuple(
                                true,
                                "POST /v2/enterprise/organizations",
                                "request body: region",
                                "required field added (string)"),
                        tuple(
                                true,
                                "GET /v2/enterprise/organizations/{org_id}/members",
                                "query parameter roles: []",
                                "enum value 'viewer' removed"),
                        tuple(
                                true,
                                "GET /v2/enterprise/organizations/{org_id}/members",
                                "response 200: [].role",
                                "enum value 'viewer' removed"),
                        tuple(
                                true,
                                "PATCH /v2/enterprise/groups/{group_id}",
                                "response 200: member_count",
                                "type changed from integer to string"),
                        tuple(
                                false,
                                "POST /v2/enterprise/sessions/{session_id}/cancel",
                                "response 200: title",
                                "optional field added (string)"));
    }

    @Test
    void theSameSpecHasNoChanges() {
        assertThat(SpecChanges.between(BEFORE, BEFORE)).isEmpty();
    }

    @Test
    void aNewOptionalRequestFieldIsCompatibleAndANewParameterIsNot() {
        List<SpecChange> reverse = SpecChanges.between(AFTER, BEFORE);

        assertThat(reverse)
                .filteredOn(change -> change.where().equals("request body: region"))
                .extracting(SpecChange::breaking, SpecChange::what)
                .containsExactly(tuple(true, "field removed"));
        assertThat(reverse)
                .filteredOn(change -> change.operation().startsWith("DELETE"))
                .extracting(SpecChange::breaking)
                .containsExactly(false);
    }

    @Test
    void theReportListsEveryChangeInJsonAndMarkdown(@TempDir Path dir) throws IOException {
        SpecChangeReport report = new SpecChangeReport(SpecChanges.between(BEFORE, AFTER));

        report.write(dir, "aaa", "bbb");

        assertThat(report.summary()).isEqualTo("7 change(s), 5 breaking for client users");
        assertThat(Files.readString(dir.resolve("spec-changes.json")))
                .contains("\"breaking\" : 5")
                .contains("\"what\" : \"type changed from integer to string\"");
        assertThat(Files.readString(dir.resolve("spec-changes.md")))
                .contains("| **breaking** | `DELETE /v2/enterprise/organizations/{org_id}` |  | operation removed |");
    }
}
