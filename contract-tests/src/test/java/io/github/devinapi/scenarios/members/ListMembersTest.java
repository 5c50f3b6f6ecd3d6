package io.github.devinapi.scenarios.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.EnterpriseUserResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Expectation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** listMembers: the enterprise's members, all of them or by e-mail. */
@ContractScenarios
@DisplayName("listMembers")
class ListMembersTest {

    @Test
    @DisplayName("pages through the members two at a time, as one stream")
    void pagesThroughTheMembers(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();

        // when: at most five, so that a large enterprise costs three requests
        List<EnterpriseUserResponse> members = devin.paginate(devin.members().listMembers(null, 2, null))
                .limit(5)
                .toList();

        // then
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/members");
        assertThat(scenario.lastExchange().request().rawQuery()).startsWith("limit=2");
        assertThat(members).isNotEmpty().allSatisfy(ListMembersTest::hasItsRequiredFields);
        scenario.onMockOnly(() -> {
            assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("limit=2&skip=4");
            assertThat(members)
                    .extracting(EnterpriseUserResponse::getUserId)
                    .containsExactly(
                            "user-ref-0001", "user-ref-0002", "user-ref-0003", "user-test-0001", "user-test-0002");
        });
    }

    @Test
    @DisplayName("finds a member by e-mail")
    void findsAMemberByEmail(Scenario scenario) {
        // given: a member the tenant has
        DevinClient devin = scenario.devin();
        EnterpriseUserResponse first = devin.execute(devin.members().listMembers(null, 1, null))
                .getItems()
                .get(0);

        // when
        List<EnterpriseUserResponse> found = devin.paginate(devin.members().listMembers(null, null, first.getEmail()))
                .toList();

        // then
        assertThat(scenario.lastExchange().request().rawQuery()).startsWith("email=");
        assertThat(found).allSatisfy(ListMembersTest::hasItsRequiredFields);
        scenario.onMockOnly(() -> {
            assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("email=ada.admin%40ref-tenant.example");
            assertThat(found)
                    .extracting(EnterpriseUserResponse::getUserId, EnterpriseUserResponse::getEmail)
                    .containsExactly(tuple(first.getUserId(), "ada.admin@ref-tenant.example"));
        });
    }

    /** What the spec requires of each member; its values are the tenant's. */
    private static void hasItsRequiredFields(EnterpriseUserResponse member) {
        assertThat(member.getUserId()).isNotBlank();
        assertThat(member.getEmail()).isNotBlank();
        assertThat(member.getEnterpriseRole()).isNotBlank();
    }

    @Test
    @DisplayName("refuses an empty page")
    void refusesAnEmptyPage(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.members().listMembers(null, 0, null)));

        // then
        assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("limit=0");
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("query", "limit").says("greater_than_equal");
    }
}
