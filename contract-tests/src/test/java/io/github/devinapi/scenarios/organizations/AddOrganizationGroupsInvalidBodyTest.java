package io.github.devinapi.scenarios.organizations;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.OrgGroup;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.Expectation;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** addOrganizationGroups with bodies the spec refuses: 422, pointing at the field. They address ids that exist nowhere. */
@ContractScenarios
@DisplayName("addOrganizationGroups, invalid bodies")
class AddOrganizationGroupsInvalidBodyTest {

    @Test
    @DisplayName("without the required role, as the typed client lets one send it")
    void withoutARole(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());
        TestIds absent = scenario.ids().absent();

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.organizations()
                        .addOrganizationGroups(absent.org(1), new OrgGroup().groupName(absent.group(1)))));

        // then
        assertThat(tree(scenario.lastExchange().request().body()))
                .isEqualTo(Json.of(Map.of("group_name", absent.group(1))));
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("body", "role").says("missing", "Field required");
    }

    @Test
    @DisplayName("a role that is not a string")
    void aRoleThatIsNotAString(Scenario scenario) {
        TestIds absent = scenario.ids().absent();
        String body = Json.of(Map.of("group_name", absent.group(1), "role", List.of("member")))
                .toString();

        scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/v2/enterprise/organizations/{org_id}/groups", absent.org(1))
                .then()
                .statusCode(422);

        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        scenario.refusal().pointsAt("body", "role").says("string_type");
    }
}
