package io.github.devinapi.scenarios.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** updateOrganization with bodies the spec refuses: 422, pointing at the field. They address an organization that exists nowhere. */
@ContractScenarios
@DisplayName("updateOrganization, invalid bodies")
class UpdateOrganizationInvalidBodyTest {

    private static final String PATH = "/v2/enterprise/organizations/{org_id}";

    @Test
    @DisplayName("a display_name that is not a string")
    void aDisplayNameThatIsNotAString(Scenario scenario) {
        String body = Json.of(Map.of("display_name", Map.of("text", "renamed"))).toString();

        send(scenario, body);

        assertThat(scenario.lastExchange().request().method()).isEqualTo("PATCH");
        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        scenario.refusal().pointsAt("body", "display_name").says("string_type");
    }

    @Test
    @DisplayName("a max_acu_limit that is not an integer")
    void aMaxAcuLimitThatIsNotAnInteger(Scenario scenario) {
        send(scenario, Json.of(Map.of("max_acu_limit", Map.of("acus", 100))).toString());

        scenario.refusal().pointsAt("body", "max_acu_limit").says("int_type");
    }

    @Test
    @DisplayName("a JSON array instead of an object")
    void anArrayInsteadOfAnObject(Scenario scenario) {
        send(scenario, "[\"renamed\"]"); // not [], which FastAPI 0.92 takes for no body at all

        scenario.refusal().pointsAt("body").says("model_attributes_type");
    }

    private static void send(Scenario scenario, String body) {
        scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .patch(PATH, scenario.ids().absent().org(1))
                .then()
                .statusCode(422);
    }
}
