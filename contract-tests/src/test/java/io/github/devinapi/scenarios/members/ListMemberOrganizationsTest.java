package io.github.devinapi.scenarios.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.UserOrgResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Expectation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** listMemberOrganizations: the organizations one member belongs to, with the role in each. */
@ContractScenarios
@DisplayName("listMemberOrganizations")
class ListMemberOrganizationsTest {

    @Test
    @DisplayName("a test user's organizations")
    void aTestUsersOrganizations(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String user = scenario.ids().user(1);

        // when
        List<UserOrgResponse> organizations = devin.paginate(devin.members().listMemberOrganizations(user, null, null))
                .limit(50)
                .toList();

        // then
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/members/" + user + "/organizations");
        assertThat(organizations).allSatisfy(membership -> {
            assertThat(membership.getOrgId()).isNotBlank();
            assertThat(membership.getOrgRole()).isNotBlank();
        });
        scenario.onMockOnly(() -> assertThat(organizations)
                .extracting(UserOrgResponse::getUserId, UserOrgResponse::getOrgId, UserOrgResponse::getOrgRole)
                .containsExactly(tuple(user, "org-ref-0002", "member")));
    }

    @Test
    @DisplayName("refuses a page larger than the spec allows")
    void refusesAPageTooLarge(Scenario scenario) {
        // given: a user that exists nowhere
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());
        String user = scenario.ids().absent().user(1);

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.members().listMemberOrganizations(user, null, 201)));

        // then
        assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("limit=201");
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("query", "limit").says("less_than_equal");
    }
}
