package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole v2 API (fixture {@code whole-api.yaml}, the 47-operation contract) and the two collision
 * fixtures (the whole API plus operations that collide with its own) get distinct, readable names
 * from the rule alone. The tables pin the names: a change of the rule that renames a method of the
 * client shows here first.
 */
class WholeApiNamesTest {

    @Test
    void everyOperationOfTheWholeApiGetsADistinctReadableNameWithNoOverride() {
        Map<String, String> names = namesOf("whole-api.yaml");

        assertThat(names).hasSize(47);
        assertThat(names.values())
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z]+([A-Z][a-z0-9]*)+") && name.length() <= 30, "readable")
                .noneMatch(name -> name.contains("Enterprise") || name.contains("V2") || name.contains("Endpoint"));
        assertThat(names).containsExactlyInAnyOrderEntriesOf(table("""
                GET    /v2/enterprise/api-keys                                     listApiKeys
                POST   /v2/enterprise/api-keys                                     createApiKey
                DELETE /v2/enterprise/api-keys                                     deleteApiKeys
                DELETE /v2/enterprise/api-keys/{api_key_id}                        deleteApiKey
                GET    /v2/enterprise/audit-logs                                   listAuditLogs
                GET    /v2/enterprise/consumption/cycles                           listConsumptionCycles
                GET    /v2/enterprise/consumption/daily                            getConsumptionDaily
                GET    /v2/enterprise/consumption/daily/{user_id}                  getConsumptionDailyByUserId
                GET    /v2/enterprise/groups                                       listGroups
                PUT    /v2/enterprise/groups                                       updateGroups
                GET    /v2/enterprise/groups/{group_name}                          getGroup
                GET    /v2/enterprise/members                                      listMembers
                POST   /v2/enterprise/members/invite                               inviteMembers
                PATCH  /v2/enterprise/members/roles                                updateMembersRoles
                GET    /v2/enterprise/members/{user_id}                            getMember
                DELETE /v2/enterprise/members/{user_id}                            deleteMember
                GET    /v2/enterprise/members/{user_id}/organizations              listMemberOrganizations
                GET    /v2/enterprise/metrics/prs                                  listMetricsPrs
                GET    /v2/enterprise/metrics/searches                             listMetricsSearches
                GET    /v2/enterprise/metrics/sessions                             listMetricsSessions
                GET    /v2/enterprise/metrics/usage                                getMetricsUsage
                GET    /v2/enterprise/organizations                                listOrganizations
                POST   /v2/enterprise/organizations                                createOrganization
                GET    /v2/enterprise/organizations/{org_id}                       getOrganization
                DELETE /v2/enterprise/organizations/{org_id}                       deleteOrganization
                PATCH  /v2/enterprise/organizations/{org_id}                       updateOrganization
                GET    /v2/enterprise/organizations/{org_id}/members               listOrganizationMembers
                POST   /v2/enterprise/organizations/{org_id}/members               addOrganizationMembers
                DELETE /v2/enterprise/organizations/{org_id}/members/{user_id}     removeOrganizationMember
                GET    /v2/enterprise/organizations/{org_id}/groups                listOrganizationGroups
                POST   /v2/enterprise/organizations/{org_id}/groups                addOrganizationGroups
                DELETE /v2/enterprise/organizations/{org_id}/groups/{group_name}   removeOrganizationGroup
                GET    /v2/enterprise/org-group-limits                             listOrgGroupLimits
                PUT    /v2/enterprise/org-group-limits                             updateOrgGroupLimits
                GET    /v2/enterprise/playbooks                                    listPlaybooks
                POST   /v2/enterprise/playbooks                                    createPlaybook
                GET    /v2/enterprise/playbooks/{playbook_id}                      getPlaybook
                PUT    /v2/enterprise/playbooks/{playbook_id}                      updatePlaybook
                DELETE /v2/enterprise/playbooks/{playbook_id}                      deletePlaybook
                GET    /v2/enterprise/roles                                        listRoles
                GET    /v2/enterprise/sessions                                     listSessions
                GET    /v2/enterprise/sessions/insights                            listSessionsInsights
                GET    /v2/enterprise/sessions/{session_id}                        getSession
                GET    /v2/enterprise/hypervisors/health                           getHypervisorsHealth
                GET    /v2/enterprise/snapshots/{snapshot_id}                      getSnapshot
                POST   /beta/v2/enterprise/repositories/bulk-index                 bulkIndexRepositories
                GET    /beta/v2/enterprise/user-usage-analysis                     getUserUsageAnalysis
                """));
    }

    @Test
    void theRouterCollisionsFixtureIsToldApartByThePathTheAddedOperationsCarry() {
        // the whole API plus one handler under an organization router (/v2/enterprise/{org_id}),
        // beta twins, a path-parameter variant and one without operationId, each beside the original
        // operation whose plain name it shares: the originals keep their names
        assertThat(namesOf("router-collisions.yaml")).containsExactlyInAnyOrderEntriesOf(wholeApiAnd(table("""
                GET    /v2/enterprise/members                               listMembers
                GET    /v2/enterprise/{org_id}/members                      listMembersByOrgId
                GET    /beta/v2/enterprise/members                          listBetaMembers
                GET    /v2/enterprise/members/{user_id}                     getMember
                GET    /v2/enterprise/{org_id}/members/{user_id}            getMemberByOrgId
                DELETE /v2/enterprise/members/{user_id}                     deleteMember
                DELETE /v2/enterprise/{org_id}/members/{user_id}            deleteMemberByOrgId
                POST   /v2/enterprise/organizations/{org_id}/members        addOrganizationMembers
                POST   /beta/v2/enterprise/organizations/{org_id}/members   addBetaOrganizationMembers
                GET    /v2/enterprise/metrics/usage                         getMetricsUsage
                GET    /v2/enterprise/metrics/usage/{org_id}                getMetricsUsageByOrgId
                GET    /v2/enterprise/consumption/daily                     getConsumptionDaily
                GET    /v2/enterprise/consumption/daily/{user_id}           getConsumptionDailyByUserId
                GET    /beta/v2/enterprise/user-usage-analysis              getUserUsageAnalysis
                GET    /beta/v2/enterprise/user-usage-analysis/{user_id}    getUserUsageAnalysisByUserId
                """)));
    }

    @Test
    void theHandlerPrefixesFixtureIsToldApartByTheHandlers() {
        // the whole API with every operationId prefixed handle_, plus a PATCH beside a PUT, a PUT and
        // a PATCH without operationId on one item, and a legacy alias
        assertThat(namesOf("handler-prefixes.yaml")).containsExactlyInAnyOrderEntriesOf(wholeApiAnd(table("""
                PUT    /v2/enterprise/playbooks/{playbook_id}                    updatePlaybook
                PATCH  /v2/enterprise/playbooks/{playbook_id}                    updatePartialPlaybook
                PUT    /v2/enterprise/groups/{group_name}                        updateReplaceGroup
                PATCH  /v2/enterprise/groups/{group_name}                        updateGroup
                GET    /v2/enterprise/members/{user_id}                          getMember
                GET    /v2/enterprise/member/{user_id}                           getLegacyMember
                GET    /v2/enterprise/playbooks                                  listPlaybooks
                GET    /v2/enterprise/sessions                                   listSessions
                POST   /v2/enterprise/organizations/{org_id}/members             addOrganizationMembers
                GET    /v2/enterprise/organizations/{org_id}/members             listOrganizationMembers
                DELETE /v2/enterprise/organizations/{org_id}/groups/{group_name} removeOrganizationGroup
                PUT    /v2/enterprise/org-group-limits                           updateOrgGroupLimits
                GET    /v2/enterprise/snapshots/{snapshot_id}                    getSnapshot
                POST   /beta/v2/enterprise/repositories/bulk-index               bulkIndexRepositories
                GET    /beta/v2/enterprise/user-usage-analysis                   getUserUsageAnalysis
                """)));
    }

    @Test
    void theGeneratorGetsTheChosenNamesAndKeepsTheSpecsIds() {
        var prepared = GenerationSpec.prepare(
                SpecDocument.load(TestSpecs.fixture("whole-api.yaml")), OperationNames.withoutOverrides(), List.of());
        var userDaily = prepared.path("paths")
                .path("/v2/enterprise/consumption/daily/{user_id}")
                .path("get");
        var bulkIndex = prepared.path("paths")
                .path("/beta/v2/enterprise/repositories/bulk-index")
                .path("post");

        assertThat(userDaily.path("operationId").asText()).isEqualTo("getConsumptionDailyByUserId");
        assertThat(userDaily.path("x-spec-operation-id").asText())
                .isEqualTo("user_daily_consumption_endpoint_v2_enterprise_consumption_daily__user_id__get");
        assertThat(bulkIndex.path("operationId").asText()).isEqualTo("bulkIndexRepositories");
        assertThat(bulkIndex.has("x-spec-operation-id")).isFalse();
    }

    /** The names of the whole API (pinned above) and those of the table, which wins where both name an operation. */
    private static Map<String, String> wholeApiAnd(Map<String, String> table) {
        Map<String, String> names = new LinkedHashMap<>(namesOf("whole-api.yaml"));
        names.putAll(table);
        return names;
    }

    private static Map<String, String> namesOf(String fixture) {
        SpecDocument spec = SpecDocument.load(TestSpecs.fixture(fixture));
        return NameCollisionsTest.namesByKey(OperationNames.withoutOverrides(), SpecOperation.all(spec.root()));
    }

    /** Lines of "METHOD path name". */
    private static Map<String, String> table(String lines) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : lines.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            table.put(cells[0] + " " + cells[1], cells[2]);
        }
        return table;
    }
}
