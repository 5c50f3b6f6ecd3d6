package io.github.devinapi.scenarios.organizations;

import static io.github.devinapi.contract.scenario.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.github.devinapi.client.ScalarUnion;
import io.github.devinapi.client.invoker.JSON;
import io.github.devinapi.client.model.HTTPValidationError;
import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** addOrganizationMembers over raw HTTP: bodies the typed client cannot produce, and paths it would encode for us. */
@ContractScenarios
@DisplayName("addOrganizationMembers, raw HTTP")
class AddOrganizationMembersHttpTest {

    @Test
    @DisplayName("accepts explicit nulls for the optional fields")
    void acceptsExplicitNulls(Scenario scenario) {
        // given
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("user_ids", List.of(scenario.ids().user(7)));
        fields.put("org_ids", List.of(scenario.ids().org(1)));
        fields.put("org_role", null);
        fields.put("group_names", null);
        String body = Json.of(fields).toString();

        // when
        Response response = scenario.request()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(MembersEndpoint.PATH, scenario.ids().org(1));

        // then
        assertThat(tree(scenario.lastExchange().request().body())).isEqualTo(tree(body));
        response.then().statusCode(200).body("status", equalTo("success"));
    }

    @Test
    @DisplayName("accepts empty user and organization lists")
    void acceptsEmptyLists(Scenario scenario) {
        // given
        String body = "{\"user_ids\":[],\"org_ids\":[]}";

        // when
        Response response = scenario.request()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(MembersEndpoint.PATH, scenario.ids().org(1));

        // then
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo(MembersEndpoint.pathFor(scenario.ids().org(1)));
        response.then().statusCode(200).body("status", equalTo("success"));
    }

    @Test
    @DisplayName("sends a non-ASCII organization id percent-encoded as UTF-8")
    void encodesANonAsciiOrganizationId(Scenario scenario) {
        // given
        String org = "org-tëst-ünïcode-0001";
        String body = "{\"user_ids\":[\"user-test-0008\"],\"org_ids\":[\"" + org + "\"]}";

        // when
        Response response = scenario.request()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(MembersEndpoint.PATH, org);

        // then
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/organizations/org-t%C3%ABst-%C3%BCn%C3%AFcode-0001/members");
        response.then().statusCode(200);
    }

    @Test
    @DisplayName(
            "percent-encodes ':' and '@' in an organization id, unlike the typed client, and reaches the same member list")
    void encodesReservedCharactersInAnOrganizationId(Scenario scenario) {
        // given
        String org = "org test:0001@eu";
        String body = "{\"user_ids\":[\"user-test-0009\"],\"org_ids\":[\"" + org + "\"]}";

        // when
        Response response = scenario.request()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(MembersEndpoint.PATH, org);

        // then
        assertThat(scenario.lastExchange().request().rawPath())
                .isEqualTo("/v2/enterprise/organizations/org%20test%3A0001%40eu/members");
        response.then().statusCode(200);
    }

    @Test
    @DisplayName("reads integer locations of a 422 with the generated Gson")
    void readsIntegerLocations(Scenario scenario) {
        // given: an item of user_ids that is not a string, to an organization that exists nowhere
        String org = scenario.ids().absent().org(1);
        String body = "{\"user_ids\":[1],\"org_ids\":[\"" + org + "\"]}";

        // when
        Response response = scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(MembersEndpoint.PATH, org);

        // then
        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        response.then().statusCode(422);
        scenario.refusal().pointsAt("body", "user_ids", 0).says("string_type");
        HTTPValidationError error = new JSON().getGson().fromJson(response.asString(), HTTPValidationError.class);
        scenario.onMockOnly(() -> assertThat(error.getDetail()).singleElement().satisfies(detail -> {
            assertThat(detail.getLoc())
                    .containsExactly(ScalarUnion.of("body"), ScalarUnion.of("user_ids"), ScalarUnion.of(0));
            assertThat(detail.getLoc().get(2).isInteger())
                    .as("index stays an integer, not 0.0")
                    .isTrue();
        }));
    }
}
