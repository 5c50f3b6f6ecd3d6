package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationIdWordsTest {

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource({
        "POST,   /v2/enterprise/organizations/{org_id}/members, enterprise_organizations_member_addition_endpoint_v2_enterprise_organizations__org_id__members_post, enterprise_organizations_member_addition_endpoint",
        "GET,    /beta/v2/enterprise/user-usage-analysis,       get_user_usage_analysis_beta_v2_enterprise_user_usage_analysis_get,                               get_user_usage_analysis",
        "DELETE, /v2/enterprise/api-keys/{api_key_id},          revoke_key_v2_enterprise_api_keys__api_key_id__delete,                                            revoke_key",
        "GET,    /v2/enterprise/members,                        listMembers,                                                                                      listMembers",
        "GET,    /v2/enterprise/members,                        v2_enterprise_members_get,                                                                        v2_enterprise_members_get",
    })
    void fastApisGeneratedSuffixIsDropped(String method, String path, String operationId, String handler) {
        var operation = OperationNamesTest.operation(method, path, operationId);

        assertThat(OperationIdWords.withoutFastApiSuffix(operation)).isEqualTo(handler);
    }

    @Test
    void aLeadingWordEveryOperationIdSharesAndNoiseWordsAreDropped() {
        var list = OperationNamesTest.operation("GET", "/v2/groups", "handle_list_groups_endpoint_v2_groups_get");
        var replace = OperationNamesTest.operation("PUT", "/v2/groups/{name}", "handleReplaceGroup");
        var unnamed = OperationNamesTest.operation("PATCH", "/v2/groups/{name}", null);

        var words = new OperationIdWords(List.of(list, replace, unnamed));

        assertThat(words.of(list)).containsExactly("list", "groups");
        assertThat(words.of(replace)).containsExactly("replace", "group");
        assertThat(words.of(unnamed)).isEmpty();
    }

    @Test
    void aLeadingWordNotAllShareIsKept() {
        var handled = OperationNamesTest.operation("GET", "/v2/groups", "handle_list_groups");
        var plain = OperationNamesTest.operation("PUT", "/v2/groups/{name}", "replace_group");

        var words = new OperationIdWords(List.of(handled, plain));

        assertThat(words.of(handled)).containsExactly("handle", "list", "groups");
    }

    @Test
    void aSingleOperationIdKeepsAllItsWords() {
        var only = OperationNamesTest.operation("GET", "/v2/groups", "handle_list_groups");

        assertThat(new OperationIdWords(List.of(only)).of(only)).containsExactly("handle", "list", "groups");
    }
}
