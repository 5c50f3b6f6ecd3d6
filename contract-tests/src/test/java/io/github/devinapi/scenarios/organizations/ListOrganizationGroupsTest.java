package io.github.devinapi.scenarios.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.OrganizationGroupResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Expectation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** listOrganizationGroups: the groups attached to an organization, with their role there. */
@ContractScenarios
@DisplayName("listOrganizationGroups")
class ListOrganizationGroupsTest {

    @Test
    @DisplayName("the test organization's groups, from an explicit start and page size")
    void theTestOrganizationsGroups(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();
        String org = scenario.ids().org(1);

        // when
        List<OrganizationGroupResponse> groups = devin.paginate(
                        devin.organizations().listOrganizationGroups(org, 0, 10))
                .limit(20)
                .toList();

        // then
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/organizations/" + org + "/groups");
        assertThat(scenario.lastExchange().request().rawQuery()).startsWith("skip=");
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.getGroupName()).isNotBlank();
            assertThat(group.getRole()).isNotBlank();
        });
        scenario.onMockOnly(() -> {
            assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("skip=0&limit=10");
            assertThat(groups).extracting(OrganizationGroupResponse::getOrgId).containsOnly(org);
            assertThat(groups)
                    .extracting(OrganizationGroupResponse::getGroupName, OrganizationGroupResponse::getRole)
                    .containsExactly(tuple("ref-engineering", "member"));
        });
    }

    @Test
    @DisplayName("refuses a negative start")
    void refusesANegativeStart(Scenario scenario) {
        // given: an organization that exists nowhere
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());
        String org = scenario.ids().absent().org(1);

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.organizations().listOrganizationGroups(org, -1, null)));

        // then
        assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("skip=-1");
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("query", "skip").says("greater_than_equal");
    }
}
