package io.github.devinapi.scenarios.members;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.RoleUpdateRequest;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.scenarios.OptIns;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * updateMembersRoles with bodies the spec refuses: 422, pointing at the field. They name users that exist
 * nowhere; on a live tenant they run with {@value OptIns#UPDATE_ROLES}, as the role lifecycle does.
 */
@ContractScenarios
@DisplayName("updateMembersRoles, invalid bodies")
class UpdateMembersRolesInvalidBodyTest {

    @BeforeEach
    void optIn(Scenario scenario) {
        scenario.requireOptIn(OptIns.UPDATE_ROLES);
    }

    @Test
    @DisplayName("without the required role_id, as the typed client lets one send it")
    void withoutARoleId(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());
        String user = scenario.ids().absent().user(1);

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(
                        devin.members().updateMembersRoles(new RoleUpdateRequest().userIds(List.of(user)))));

        // then
        assertThat(tree(scenario.lastExchange().request().body()))
                .isEqualTo(Json.of(Map.of("user_ids", List.of(user))));
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("body", "role_id").says("missing", "Field required");
    }

    @Test
    @DisplayName("one user where a list is required")
    void oneUserInsteadOfAList(Scenario scenario) {
        String body = Json.of(Map.of(
                        "user_ids",
                        scenario.ids().absent().user(1),
                        "role_id",
                        scenario.ids().created("role")))
                .toString();

        scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .patch("/v2/enterprise/members/roles")
                .then()
                .statusCode(422);

        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        scenario.refusal().pointsAt("body", "user_ids").says("list_type");
    }
}
