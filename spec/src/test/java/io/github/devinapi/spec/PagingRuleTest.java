package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.spec.PagingRule.PagedOperation;
import io.github.devinapi.spec.PagingRule.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paging rule on a fixture with every shape of list: it marks exactly the paged ones. */
class PagingRuleTest {

    private final ObjectNode prepared = GenerationSpec.prepare(
            SpecDocument.load(TestSpecs.fixture("paged-lists.yaml")), OperationNames.withoutOverrides(), List.of());

    private JsonNode implemented(String schema) {
        return prepared.path("components").path("schemas").path(schema).path("x-implements");
    }

    @Test
    void findsExactlyTheOperationsWithAPageBodyAndPageParameters() {
        List<PagedOperation> paged = PagingRule.find(prepared);

        assertThat(paged)
                .extracting(
                        p -> p.operation().key(),
                        PagedOperation::style,
                        PagedOperation::firstStart,
                        PagedOperation::defaultSize,
                        PagedOperation::itemType)
                .containsExactly(
                        tuple("GET /v2/enterprise/members", Style.OFFSET, 0, 100, "Member"),
                        tuple("GET /v2/enterprise/api-keys", Style.PAGE_NUMBER, 1, 25, "ApiKey"),
                        tuple("GET /v2/enterprise/organizations/{org_id}/members", Style.OFFSET, 0, null, "Member"),
                        tuple("GET /v2/enterprise/tags", Style.OFFSET, 0, null, "String"));
    }

    @Test
    void marksEachPageSchemaOnceWithThePageInterfaceOfItsItems() {
        assertThat(implemented("PaginatedResponse_Member_")).hasSize(1);
        assertThat(implemented("PaginatedResponse_Member_").get(0).asText())
                .isEqualTo("io.github.devinapi.client.Page<Member>");
        assertThat(implemented("PaginatedResponse_ApiKey_").get(0).asText())
                .isEqualTo("io.github.devinapi.client.Page<ApiKey>");
        assertThat(implemented("PaginatedResponse_str_").get(0).asText())
                .isEqualTo("io.github.devinapi.client.Page<String>");
    }

    @Test
    void aPageBodyReturnedOnlyWithoutPageParametersIsNotMarked() {
        assertThat(implemented("PaginatedResponse_Group_").isMissingNode()).isTrue();
    }

    @Test
    void markingAgainAddsNothing() {
        PagingRule.markPageSchemas(prepared);

        assertThat(implemented("PaginatedResponse_Member_")).hasSize(1);
    }

    @Test
    void listsThePagedOperationsForTheClient() {
        assertThat(PagingRule.properties(PagingRule.find(prepared)).lines().skip(1))
                .containsExactly(
                        "GET\\ /v2/enterprise/members=offset skip=0 limit=100",
                        "GET\\ /v2/enterprise/api-keys=page page=1 per_page=25",
                        "GET\\ /v2/enterprise/organizations/{org_id}/members=offset skip=0 limit",
                        "GET\\ /v2/enterprise/tags=offset skip=0 limit");
    }

    @Test
    void modelNamesFollowTheGenerator() {
        assertThat(PagingRule.modelName("PaginatedResponse_UserOrgResponse_"))
                .isEqualTo("PaginatedResponseUserOrgResponse");
        assertThat(PagingRule.modelName("UserOrgResponse")).isEqualTo("UserOrgResponse");
        assertThat(PagingRule.modelName("api-key")).isEqualTo("ApiKey");
    }
}
