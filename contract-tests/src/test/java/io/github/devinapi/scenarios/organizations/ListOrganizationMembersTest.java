package io.github.devinapi.scenarios.organizations;

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

/** listOrganizationMembers: who is in an organization, with which role. */
@ContractScenarios
@DisplayName("listOrganizationMembers")
class ListOrganizationMembersTest {

    @Test
    @DisplayName("pages through the test organization's members two at a time")
    void pagesThroughTheMembers(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String org = scenario.ids().org(1);

        // when
        List<UserOrgResponse> members = devin.paginate(devin.organizations().listOrganizationMembers(org, null, 2))
                .limit(10)
                .toList();

        // then
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo(MembersEndpoint.pathFor(org));
        assertThat(scenario.lastExchange().request().rawQuery()).startsWith("limit=2");
        assertThat(members).allSatisfy(member -> {
            assertThat(member.getUserId()).isNotBlank();
            assertThat(member.getOrgRole()).isNotBlank();
        });
        scenario.onMockOnly(() -> {
            assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("limit=2&skip=2");
            assertThat(members).extracting(UserOrgResponse::getOrgId).containsOnly(org);
            assertThat(members)
                    .extracting(UserOrgResponse::getUserId, UserOrgResponse::getOrgRole)
                    .containsExactly(
                            tuple("user-ref-0001", "admin"),
                            tuple("user-ref-0002", "member"),
                            tuple("user-ref-0003", "member"));
        });
    }

    @Test
    @DisplayName("refuses a page larger than the spec allows")
    void refusesAPageTooLarge(Scenario scenario) {
        // given: an organization that exists nowhere
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());
        String org = scenario.ids().absent().org(1);

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.organizations().listOrganizationMembers(org, null, 201)));

        // then
        assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("limit=201");
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("query", "limit").says("less_than_equal");
    }
}
