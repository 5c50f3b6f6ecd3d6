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
    })
    void theRuleDerivesAReadableNameFromMethodAndPath(String method, String path, String expected) {
        assertThat(OperationNames.derive(method, path)).isEqualTo(expected);
    }

    @Test
    void anOverrideByOperationIdWins(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("names.properties");
        Files.writeString(file, "fastapi_long_id_post=bulkAddMembers\n");

        var names = OperationNames.load(file);

        assertThat(names.nameOf(operation("POST", "/v2/enterprise/organizations/{org_id}/members",
                "fastapi_long_id_post"))).isEqualTo("bulkAddMembers");
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
    void twoOperationsWithTheSameNameInOneTagFailNamingBothAndTheFix() {
        var put = operation("PUT", "/v2/enterprise/groups/{group_id}", null);
        var patch = operation("PATCH", "/v2/enterprise/groups/{group_id}", null);

        assertThatThrownBy(() -> OperationNames.withoutOverrides().assign(List.of(put, patch)))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("PUT /v2/enterprise/groups/{group_id}")
                .hasMessageContaining("PATCH /v2/enterprise/groups/{group_id}")
                .hasMessageContaining("updateGroup")
                .hasMessageContaining("spec/operation-names.properties");
    }

    @Test
    void theMissingOverrideFileMeansNoOverrides(@TempDir Path dir) {
        var names = OperationNames.load(dir.resolve("absent.properties"));

        assertThat(names.nameOf(operation("GET", "/v2/enterprise/organizations", "x"))).isEqualTo("listOrganizations");
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
