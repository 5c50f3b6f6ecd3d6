package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Operations of one tag with the same plain name get told-apart names by the rule, with no override. */
class NameCollisionsTest {

    /** Each case is a small FastAPI-style spec: METHOD path tag operationId (- for none) expected-name. */
    static Stream<Arguments> cases() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("enterprise and organization routers mount one handler in one tag", """
                GET /v2/enterprise/members                          members list_members_v2_enterprise_members_get                         listEnterpriseMembers
                GET /v2/members                                     members list_members_v2_members_get                                    listMembers
                GET /v2/enterprise/organizations/{org_id}/members   members list_members_v2_enterprise_organizations__org_id__members_get  listEnterpriseOrganizationMembers
                GET /v2/organizations/{org_id}/members              members list_members_v2_organizations__org_id__members_get             listOrganizationMembers
                """);
        cases.put("a path parameter is all that differs", """
                GET /v2/enterprise/consumption/daily            consumption daily_consumption_endpoint_v2_enterprise_consumption_daily_get                 getConsumptionDaily
                GET /v2/enterprise/consumption/daily/{user_id}  consumption user_daily_consumption_endpoint_v2_enterprise_consumption_daily__user_id__get getConsumptionDailyByUserId
                GET /v2/enterprise/metrics/usage                metrics     enterprise_usage_metrics_endpoint_v2_enterprise_metrics_usage_get             getMetricsUsage
                GET /v2/enterprise/metrics/usage/{org_id}       metrics     enterprise_usage_metrics_endpoint_v2_enterprise_metrics_usage__org_id__get    getMetricsUsageByOrgId
                """);
        cases.put("one handler under a beta prefix and without, operations without operationId", """
                GET  /beta/v2/enterprise/user-usage-analysis      user-usage   -                                                              getBetaUserUsageAnalysis
                GET  /v2/enterprise/user-usage-analysis           user-usage   get_user_usage_analysis_v2_enterprise_user_usage_analysis_get  getUserUsageAnalysis
                POST /beta/v2/enterprise/repositories/bulk-index  repositories -                                                              bulkIndexRepositories
                """);
        cases.put("one handler name in two tags is no collision", """
                GET /v2/enterprise/members/{user_id}                  members       get_member_v2_enterprise_members__user_id__get                         getMember
                GET /v2/members/{user_id}                             org-members   get_member_v2_members__user_id__get                                    getMember
                GET /v2/enterprise/organizations/{org_id}/members/{user_id} members get_member_v2_enterprise_organizations__org_id__members__user_id__get getOrganizationMember
                """);
        cases.put("handle_ prefixes: PUT and PATCH told apart by the handler", """
                GET   /v2/enterprise/playbooks                playbooks handle_list_playbooks_v2_enterprise_playbooks_get                              listPlaybooks
                PUT   /v2/enterprise/playbooks/{playbook_id}  playbooks handle_update_playbook_v2_enterprise_playbooks__playbook_id__put           updatePlaybook
                PATCH /v2/enterprise/playbooks/{playbook_id}  playbooks handle_partial_update_playbook_v2_enterprise_playbooks__playbook_id__patch updatePartialPlaybook
                """);
        cases.put("an api_ prefix and a missing operationId", """
                GET   /v2/enterprise/groups               groups api_list_groups_v2_enterprise_groups_get                  listGroups
                PUT   /v2/enterprise/groups/{group_name}  groups api_replace_group_v2_enterprise_groups__group_name__put updateReplaceGroup
                PATCH /v2/enterprise/groups/{group_name}  groups -                                                      updateGroup
                """);
        cases.put("no operationIds: PUT and PATCH told apart by the method", """
                PUT    /v2/enterprise/groups/{group_name}  groups -  updateGroupPut
                PATCH  /v2/enterprise/groups/{group_name}  groups -  updateGroupPatch
                DELETE /v2/enterprise/groups/{group_name}  groups -  deleteGroup
                """);
        cases.put("a legacy alias told apart by its handler", """
                GET /v2/enterprise/members/{user_id}  members get_member_v2_enterprise_members__user_id__get               getMember
                GET /v2/enterprise/member/{user_id}   members get_member_legacy_v2_enterprise_member__user_id__get         getLegacyMember
                """);
        cases.put("camelCase operationIds of a spec that is not FastAPI's", """
                PUT   /things/{thing_id}  things replaceThing  updateReplaceThing
                PATCH /things/{thing_id}  things updateThing   updateThing
                """);
        List<Arguments> arguments = new ArrayList<>();
        cases.forEach((name, table) -> {
            for (String version : List.of("3.0.3", "3.1.0")) {
                arguments.add(Arguments.of(name, version, table));
            }
        });
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} (OpenAPI {1})")
    @MethodSource("cases")
    void theRuleGivesEachOperationItsExactName(String name, String version, String table, @TempDir Path dir) {
        // given
        List<NamingSpecs.Row> rows = NamingSpecs.rows(table);
        SpecDocument spec = NamingSpecs.write(dir, version, rows);

        // when
        Map<String, String> names = namesByKey(OperationNames.withoutOverrides(), SpecOperation.all(spec.root()));

        // then
        Map<String, String> expected = new LinkedHashMap<>();
        rows.forEach(row -> expected.put(row.method() + " " + row.path(), row.expected()));
        assertThat(names).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void theNamesDoNotDependOnTheOrderOfTheOperations() {
        // given: every collision this project knows of, in one list
        List<SpecOperation> operations = new ArrayList<>();
        for (String fixture : List.of("whole-api.yaml", "router-collisions.yaml", "handler-prefixes.yaml")) {
            SpecOperation.all(SpecDocument.load(TestSpecs.fixture(fixture)).root()).stream()
                    .filter(operation ->
                            operations.stream().noneMatch(o -> o.key().equals(operation.key())))
                    .forEach(operations::add);
        }
        OperationNames names = OperationNames.withoutOverrides();
        Map<String, String> inDocumentOrder = namesByKey(names, operations);

        // when / then
        for (int seed = 1; seed <= 20; seed++) {
            List<SpecOperation> shuffled = new ArrayList<>(operations);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(namesByKey(names, shuffled)).as("seed %d", seed).isEqualTo(inDocumentOrder);
        }
        List<SpecOperation> reversed = new ArrayList<>(operations);
        Collections.reverse(reversed);
        assertThat(namesByKey(names, reversed)).isEqualTo(inDocumentOrder);
        assertThat(inDocumentOrder)
                .containsEntry("GET /v2/enterprise/consumption/daily/{user_id}", "getConsumptionDailyByUserId");
    }

    @Test
    void operationsNothingTellsApartFailNamingBothAndTheFix() {
        // given: one handler under two spellings of a path, so even FastAPI's operationIds are equal
        var dashed = OperationNamesTest.operation(
                "GET", "/v2/enterprise/api-keys", "list_api_keys_v2_enterprise_api_keys_get");
        var underscored = OperationNamesTest.operation(
                "GET", "/v2/enterprise/api_keys", "list_api_keys_v2_enterprise_api_keys_get");

        // when / then
        assertThatThrownBy(() -> OperationNames.withoutOverrides().assign(List.of(dashed, underscored)))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("GET /v2/enterprise/api-keys")
                .hasMessageContaining("GET /v2/enterprise/api_keys")
                .hasMessageContaining("listApiKeys()")
                .hasMessageContaining("cannot tell them apart")
                .hasMessageContaining("spec/operation-names.properties");
    }

    @Test
    void eachNameOutsideThePlainRuleSaysWhy() {
        // given
        SpecDocument spec = SpecDocument.load(TestSpecs.fixture("whole-api.yaml"));

        // when
        List<String> lines = OperationNames.withoutOverrides().choose(SpecOperation.all(spec.root())).stream()
                .filter(NameChoice::differsFromPlainRule)
                .map(NameChoice::describe)
                .toList();

        // then
        assertThat(lines)
                .containsExactly("GET /v2/enterprise/consumption/daily/{user_id} -> getConsumptionDailyByUserId"
                        + " (plain rule: getConsumptionDaily, collides with GET /v2/enterprise/consumption/daily)");
    }

    static Map<String, String> namesByKey(OperationNames names, List<SpecOperation> operations) {
        Map<String, String> byKey = new LinkedHashMap<>();
        names.assign(operations).forEach((operation, name) -> byKey.put(operation.key(), name));
        return byKey;
    }
}
