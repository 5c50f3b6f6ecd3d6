package io.github.devinapi.scenarios.organizations;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.isA;

/**
 * Requests without a well-formed bearer token get 401 {"detail": "..."}. The spec declares no 401:
 * each of these is reported as a spec gap.
 */
@ContractScenarios
@DisplayName("addOrganizationMembers, authentication")
class AddOrganizationMembersAuthenticationTest {

    private static final String VALID_BODY = "{\"user_ids\":[\"user-test-0001\"],\"org_ids\":[\"org-test-0001\"]}";

    @Test
    @DisplayName("no Authorization header: 401, a spec gap")
    void missingBearer(Scenario scenario) {
        Response response = scenario.unauthenticatedRequest().contentType(ContentType.JSON).body(VALID_BODY)
                .when().post(MembersEndpoint.PATH, scenario.ids().org(1));

        assertThat(scenario.lastExchange().request().header("Authorization")).isNull();
        response.then().statusCode(401).body("detail", isA(String.class));
        assertThat(scenario.lastVerdict().specGap()).as("401 is not in the spec: reported as a spec gap").isTrue();
        scenario.onMockOnly(() -> response.then().body("detail", equalTo("Not authenticated"))
                .header("WWW-Authenticate", "Bearer"));
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Basic dXNlcjpwYXNzd29yZA==", "Bearer", "Token apk_user_fake-key", "apk_user_fake-key-without-scheme"})
    @DisplayName("a malformed Authorization header: 401")
    void malformedBearer(String authorization, Scenario scenario) {
        Response response = scenario.unauthenticatedRequest().header("Authorization", authorization)
                .contentType(ContentType.JSON).body(VALID_BODY)
                .when().post(MembersEndpoint.PATH, scenario.ids().org(1));

        assertThat(scenario.lastExchange().request().header("Authorization")).isEqualTo(authorization);
        response.then().statusCode(401).body("detail", isA(String.class));
        assertThat(scenario.lastVerdict().specGap()).isTrue();
    }

    @Test
    @DisplayName("authentication is checked before the body: an invalid body without a token gets 401, not 422")
    void authenticationBeforeValidation(Scenario scenario) {
        Response response = scenario.unauthenticatedRequest().contentType(ContentType.JSON).body("{}")
                .when().post(MembersEndpoint.PATH, scenario.ids().org(1));

        response.then().statusCode(401);
    }
}
