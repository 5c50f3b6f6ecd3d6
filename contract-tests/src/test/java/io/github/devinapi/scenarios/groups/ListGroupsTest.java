package io.github.devinapi.scenarios.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.EnterpriseGroupResponse;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Expectation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** listGroups: the enterprise's (IdP) groups, with the organizations each is in. */
@ContractScenarios
@DisplayName("listGroups")
class ListGroupsTest {

    @Test
    @DisplayName("pages through the groups two at a time, as one stream")
    void pagesThroughTheGroups(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin();

        // when: at most five, so that a large enterprise costs three requests
        List<EnterpriseGroupResponse> groups =
                devin.paginate(devin.groups().listGroups(null, 2)).limit(5).toList();

        // then
        assertThat(scenario.lastExchange().request().rawPath()).isEqualTo("/v2/enterprise/groups");
        assertThat(scenario.lastExchange().request().rawQuery()).startsWith("limit=2");
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.getGroupName()).isNotBlank();
            assertThat(group.getOrgCount()).isNotNull();
            assertThat(group.getRoleByOrgId()).isNotNull();
        });
        scenario.onMockOnly(() -> {
            assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("limit=2&skip=2");
            assertThat(groups)
                    .extracting(EnterpriseGroupResponse::getGroupName)
                    .containsExactly("group-test-0001", "ref-engineering", "ref-operations");
            assertThat(groups.get(1).getRoleByOrgId())
                    .containsEntry("org-test-0001", "member")
                    .containsEntry("org-ref-0002", "admin");
        });
    }

    @Test
    @DisplayName("refuses an empty page")
    void refusesAnEmptyPage(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.groups().listGroups(null, 0)));

        // then
        assertThat(scenario.lastExchange().request().rawQuery()).isEqualTo("limit=0");
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("query", "limit").says("greater_than_equal");
    }
}
