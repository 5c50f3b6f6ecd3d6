package io.github.devinapi.scenarios.members;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.scenarios.OptIns;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * inviteMembers with bodies the spec refuses: 422, pointing at the field. A server that accepted one would
 * invite, so on a live tenant these run only with {@value OptIns#INVITE_MEMBERS}; every address is this
 * run's, at example.com.
 */
@ContractScenarios
@DisplayName("inviteMembers, invalid bodies")
class InviteMembersInvalidBodyTest {

    private static final String PATH = "/v2/enterprise/members/invite";

    @BeforeEach
    void optIn(Scenario scenario) {
        scenario.requireOptIn(OptIns.INVITE_MEMBERS);
    }

    @Test
    @DisplayName("without the required emails")
    void withoutEmails(Scenario scenario) {
        send(scenario, "{}");

        scenario.refusal().pointsAt("body", "emails").says("missing", "Field required");
    }

    @Test
    @DisplayName("an address that is not an e-mail address")
    void notAnEmailAddress(Scenario scenario) {
        String body = Json.of(Map.of("emails", List.of(scenario.ids().created("invitee-at-example.com"))))
                .toString();

        send(scenario, body);

        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        scenario.refusal().pointsAt("body", "emails", 0).says("value_error");
    }

    @Test
    @DisplayName("more than the 100 addresses one call may invite")
    void tooManyAddresses(Scenario scenario) {
        List<String> emails = IntStream.rangeClosed(1, 101)
                .mapToObj(n -> scenario.ids().created("invitee-" + n) + "@example.com")
                .toList();

        send(scenario, Json.of(Map.of("emails", emails)).toString());

        scenario.refusal().pointsAt("body", "emails").says("too_long");
    }

    @Test
    @DisplayName("one address where a list is required")
    void oneAddressInsteadOfAList(Scenario scenario) {
        send(
                scenario,
                Json.of(Map.of("emails", scenario.ids().created("invitee") + "@example.com"))
                        .toString());

        scenario.refusal().pointsAt("body", "emails").says("list_type");
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
