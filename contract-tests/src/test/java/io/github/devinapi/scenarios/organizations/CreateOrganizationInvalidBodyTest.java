package io.github.devinapi.scenarios.organizations;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.model.EnterpriseOrgCreate;
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
 * createOrganization with bodies the spec refuses: 422, pointing at the field. A server that accepted one
 * would create an organization, so on a live tenant these run only with {@value OptIns#CREATE_ORGANIZATIONS}.
 */
@ContractScenarios
@DisplayName("createOrganization, invalid bodies")
class CreateOrganizationInvalidBodyTest {

    private static final String PATH = "/v2/enterprise/organizations";

    @BeforeEach
    void optIn(Scenario scenario) {
        scenario.requireOptIn(OptIns.CREATE_ORGANIZATIONS);
    }

    @Test
    @DisplayName("without the required display_name, as the typed client lets one send it")
    void withoutADisplayName(Scenario scenario) {
        // given
        DevinClient devin = scenario.devin(Expectation.conforming().sendingInvalidRequest());

        // when
        UnprocessableEntityException refused = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> devin.execute(devin.organizations().createOrganization(new EnterpriseOrgCreate().acuLimit(10))));

        // then
        assertThat(tree(scenario.lastExchange().request().body()))
                .isEqualTo(Json.of(Map.of("acu_limit", 10, "add_creator_as_member", true)));
        assertThat(refused.validationErrors()).isNotEmpty();
        scenario.refusal().pointsAt("body", "display_name").says("missing", "Field required");
    }

    @Test
    @DisplayName("a display_name that is not a string")
    void aDisplayNameThatIsNotAString(Scenario scenario) {
        String body = Json.of(Map.of("display_name", List.of(scenario.ids().created("org"))))
                .toString();

        send(scenario, body);

        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        scenario.refusal().pointsAt("body", "display_name").says("string_type");
    }

    @Test
    @DisplayName("an acu_limit that is not an integer")
    void anAcuLimitThatIsNotAnInteger(Scenario scenario) {
        String body = Json.of(Map.of("display_name", scenario.ids().created("org"), "acu_limit", List.of(10)))
                .toString();

        send(scenario, body);

        scenario.refusal().pointsAt("body", "acu_limit").says("int_type");
    }

    private static void send(Scenario scenario, String body) {
        scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(PATH)
                .then()
                .statusCode(422);
    }
}
