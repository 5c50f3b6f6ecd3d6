package io.github.devinapi.scenarios.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.scenarios.OptIns;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * updateGroups with bodies the spec refuses: 422, pointing at the field. A server that accepted one would
 * create a group nothing can delete, so on a live tenant these run only with {@value OptIns#CREATE_GROUPS}.
 */
@ContractScenarios
@DisplayName("updateGroups, invalid bodies")
class UpdateGroupsInvalidBodyTest {

    @BeforeEach
    void optIn(Scenario scenario) {
        scenario.requireOptIn(OptIns.CREATE_GROUPS);
    }

    @Test
    @DisplayName("without the required group_names")
    void withoutGroupNames(Scenario scenario) {
        send(scenario, "{}");

        scenario.refusal().pointsAt("body", "group_names").says("missing", "Field required");
    }

    @Test
    @DisplayName("one name where a list is required")
    void oneNameInsteadOfAList(Scenario scenario) {
        String body =
                Json.of(Map.of("group_names", scenario.ids().created("group"))).toString();

        send(scenario, body);

        assertThat(scenario.lastExchange().request().method()).isEqualTo("PUT");
        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        scenario.refusal().pointsAt("body", "group_names").says("list_type");
    }

    @Test
    @DisplayName("a name that is not a string")
    void aNameThatIsNotAString(Scenario scenario) {
        send(
                scenario,
                Json.of(Map.of("group_names", List.of(scenario.ids().created("group"), Map.of())))
                        .toString());

        scenario.refusal().pointsAt("body", "group_names", 1).says("string_type");
    }

    private static void send(Scenario scenario, String body) {
        scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/v2/enterprise/groups")
                .then()
                .statusCode(422);
    }
}
