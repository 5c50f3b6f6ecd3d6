package io.github.devinapi.scenarios.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.isA;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.tenant.TestIds;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests without a well-formed bearer token get 401 {"detail": "..."}. The spec declares no 401:
 * each of these is reported as a spec gap. They address ids that exist nowhere, so that a server that
 * let them through would change nothing.
 */
@ContractScenarios
@DisplayName("addOrganizationMembers, authentication")
class AddOrganizationMembersAuthenticationTest {

    @Test
    @DisplayName("no Authorization header: 401, a spec gap")
    void missingBearer(Scenario scenario) {
        TestIds absent = scenario.ids().absent();

        Response response = scenario.unauthenticatedRequest()
                .contentType(ContentType.JSON)
                .body(validBody(absent))
                .when()
                .post(MembersEndpoint.PATH, absent.org(1));

        assertThat(scenario.lastExchange().request().header("Authorization")).isNull();
        response.then().statusCode(401).body("detail", isA(String.class));
        assertThat(scenario.lastVerdict().specGap())
                .as("401 is not in the spec: reported as a spec gap")
                .isTrue();
        scenario.onMockOnly(() ->
                response.then().body("detail", equalTo("Not authenticated")).header("WWW-Authenticate", "Bearer"));
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(
            strings = {
                "Basic dXNlcjpwYXNzd29yZA==",
                "Bearer",
                "Token apk_user_fake-key",
                "apk_user_fake-key-without-scheme"
            })
    @DisplayName("a malformed Authorization header: 401")
    void malformedBearer(String authorization, Scenario scenario) {
        TestIds absent = scenario.ids().absent();

        Response response = scenario.unauthenticatedRequest()
                .header("Authorization", authorization)
                .contentType(ContentType.JSON)
                .body(validBody(absent))
                .when()
                .post(MembersEndpoint.PATH, absent.org(1));

        assertThat(scenario.lastExchange().request().header("Authorization")).isEqualTo(authorization);
        response.then().statusCode(401).body("detail", isA(String.class));
        assertThat(scenario.lastVerdict().specGap()).isTrue();
    }

    @Test
    @DisplayName("authentication is checked before the body: an invalid body without a token gets 401, not 422")
    void authenticationBeforeValidation(Scenario scenario) {
        Response response = scenario.unauthenticatedRequest()
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(MembersEndpoint.PATH, scenario.ids().absent().org(1));

        response.then().statusCode(401);
    }

    private static String validBody(TestIds ids) {
        return "{\"user_ids\":[\"" + ids.user(1) + "\"],\"org_ids\":[\"" + ids.org(1) + "\"]}";
    }
}
