package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationNamesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "POST,   /v2/enterprise/organizations/{org_id}/members,            addOrganizationMembers",
        "GET,    /v2/enterprise/organizations/{org_id}/members,            listOrganizationMembers",
        "DELETE, /v2/enterprise/organizations/{org_id}/members/{user_id},  removeOrganizationMember",
        "GET,    /v2/enterprise/organizations,                             listOrganizations",
        "POST,   /v2/enterprise/organizations,                             createOrganization",
        "GET,    /v2/enterprise/organizations/{org_id},                    getOrganization",
        "PATCH,  /v2/enterprise/groups/{group_id},                         updateGroup",
        "PUT,    /v2/enterprise/groups/{group_id},                         updateGroup",
        "DELETE, /v2/enterprise/api-keys/{key_id},                         deleteApiKey",
        "GET,    /v2/enterprise/audit_logs,                                listAuditLogs",
        "GET,    /v2/enterprise/consumption,                               getConsumption",
        "POST,   /v2/enterprise/sessions/{session_id}/cancel,              cancelSession",
        "GET,    /v3/things/{thing_id}/statuses,                           listThingStatuses",
        "GET,    /health,                                                  getHealth",
        "GET,    /beta/v2/enterprise/user-usage-analysis,                  getUserUsageAnalysis",
        "POST,   /beta/v2/enterprise/repositories/bulk-index,              bulkIndexRepositories",
        "POST,   /v2/enterprise/members/invite,                            inviteMembers",
        "GET,    /api/v1/things,                                           listThings",
        "GET,    /things/v1,                                               getThingsV1",
        "GET,    /{tenant}/v1/things,                                      listV1Things",
    })
    void theRuleDerivesAReadableNameFromMethodAndPath(String method, String path, String expected) {
        assertThat(OperationNames.derive(method, path)).isEqualTo(expected);
    }

    @Test
    void anOverrideByOperationIdWins(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("names.properties");
        Files.writeString(file, "fastapi_long_id_post=bulkAddMembers\n");

        var names = OperationNames.load(file);

        assertThat(names.nameOf(
                        operation("POST", "/v2/enterprise/organizations/{org_id}/members", "fastapi_long_id_post")))
                .isEqualTo("bulkAddMembers");
    }

    @Test
    void anOverrideByMethodAndPathWins(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("names.properties");
        Files.writeString(file, "POST\\ /v2/enterprise/sessions/{session_id}/message=sendSessionMessage\n");

        var names = OperationNames.load(file);

        assertThat(names.nameOf(operation("POST", "/v2/enterprise/sessions/{session_id}/message", null)))
                .isEqualTo("sendSessionMessage");
    }

    @Test
    void anOverrideThatIsNotAJavaMethodNameIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("names.properties");
        Files.writeString(file, "some_id=Add-Members\n");

        assertThatThrownBy(() -> OperationNames.load(file))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("some_id=Add-Members")
                .hasMessageContaining("Java identifier");
    }

    @Test
    void anOverrideThatTakesAnotherOperationsNameFailsNamingBoth(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("names.properties");
        Files.writeString(file, "GET\\ /v2/enterprise/groups/{group_id}=listGroups\n");
        var list = operation("GET", "/v2/enterprise/groups", null);
        var get = operation("GET", "/v2/enterprise/groups/{group_id}", null);

        assertThatThrownBy(() -> OperationNames.load(file).assign(List.of(list, get)))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("GET /v2/enterprise/groups'")
                .hasMessageContaining("GET /v2/enterprise/groups/{group_id}")
                .hasMessageContaining("listGroups()")
                .hasMessageContaining("an override in spec/operation-names.properties");
    }

    @Test
    void anOverrideOfOneCollidingOperationLeavesTheOtherItsPlainName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("names.properties");
        Files.writeString(file, "user_daily_consumption_get=getUserConsumptionDaily\n");
        var daily = operation("GET", "/v2/enterprise/consumption/daily", "daily_consumption_get");
        var user = operation("GET", "/v2/enterprise/consumption/daily/{user_id}", "user_daily_consumption_get");

        var choices = OperationNames.load(file).choose(List.of(daily, user));

        assertThat(choices)
                .extracting(NameChoice::name)
                .containsExactly("getConsumptionDaily", "getUserConsumptionDaily");
        assertThat(choices.get(0).differsFromPlainRule()).isFalse();
        assertThat(choices.get(1).describe())
                .isEqualTo(
                        "GET /v2/enterprise/consumption/daily/{user_id} -> "
                                + "getUserConsumptionDaily (plain rule: getConsumptionDaily, set in operation-names.properties)");
    }

    @Test
    void theMissingOverrideFileMeansNoOverrides(@TempDir Path dir) {
        var names = OperationNames.load(dir.resolve("absent.properties"));

        assertThat(names.nameOf(operation("GET", "/v2/enterprise/organizations", "x")))
                .isEqualTo("listOrganizations");
    }

    static SpecOperation operation(String method, String path, String operationId) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (operationId != null) {
            node.put("operationId", operationId);
        }
        node.putArray("tags").add("groups");
        return new SpecOperation(method, path, node);
    }
}
