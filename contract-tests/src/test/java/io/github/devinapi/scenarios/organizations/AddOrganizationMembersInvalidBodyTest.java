package io.github.devinapi.scenarios.organizations;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.scenario.Scenario;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the body of addOrganizationMembers can be invalid: each is answered 422 with a body that
 * conforms to HTTPValidationError (the contract filter checks it, and that the request really breaks
 * the spec). Where the target is FastAPI, as the Devin API is, the {@code detail} names the failing
 * location and error; an independent mock of the spec answers with the schema's example instead.
 */
@ContractScenarios
@DisplayName("addOrganizationMembers, invalid bodies")
class AddOrganizationMembersInvalidBodyTest {

    private static final String VALID_ORG_IDS = "\"org_ids\":[\"org-test-0001\"]";
    private static final String VALID_USER_IDS = "\"user_ids\":[\"user-test-0001\"]";

    @ParameterizedTest(name = "without {0}")
    @CsvSource({
        "user_ids, '{\"org_ids\":[\"org-test-0001\"]}'",
        "org_ids,  '{\"user_ids\":[\"user-test-0001\"]}'"})
    @DisplayName("a required field missing")
    void requiredFieldMissing(String field, String body, Scenario scenario) {
        Response response = send(scenario, ContentType.JSON, body);

        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        List<Map<String, Object>> errors = errors(response);
        scenario.onFastApiOnly(() -> {
            Map<String, Object> error = onlyError(errors);
            assertThat(error.get("type")).isEqualTo("missing");
            assertThat(error.get("loc")).isEqualTo(List.of("body", field));
        });
        scenario.onMockOnly(() -> assertThat(onlyError(errors).get("msg")).isEqualTo("Field required"));
    }

    @Test
    @DisplayName("both required fields missing: one error each")
    void bothRequiredFieldsMissing(Scenario scenario) {
        Response response = send(scenario, ContentType.JSON, "{}");

        List<Map<String, Object>> errors = errors(response);
        scenario.onFastApiOnly(() -> {
            assertThat(errors).extracting(error -> error.get("loc"))
                    .containsExactlyInAnyOrder(List.of("body", "user_ids"), List.of("body", "org_ids"));
            assertThat(errors).extracting(error -> error.get("type")).containsOnly("missing");
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "user_ids    | '\"user-test-0001\"'   | list_type   | body,user_ids",
        "org_ids     | '\"org-test-0001\"'    | list_type   | body,org_ids",
        "user_ids    | null                   | list_type   | body,user_ids",
        "org_ids     | null                   | list_type   | body,org_ids",
        "org_role    | 5                      | string_type | body,org_role",
        "group_names | '\"group-test-0001\"'  | list_type   | body,group_names",
        "group_names | '[true]'               | string_type | body,group_names,0",
        "org_ids     | '[\"org-test-0001\",{}]' | string_type | body,org_ids,1"})
    @DisplayName("a field of the wrong type")
    void fieldOfTheWrongType(String field, String json, String type, String location, Scenario scenario) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of(
                "user_ids", "[\"user-test-0001\"]", "org_ids", "[\"org-test-0001\"]"));
        fields.put(field, json);
        String body = fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));

        Response response = send(scenario, ContentType.JSON, body);

        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        List<Map<String, Object>> errors = errors(response);
        scenario.onFastApiOnly(() -> {
            Map<String, Object> error = onlyError(errors);
            assertThat(error.get("type")).isEqualTo(type);
            assertThat(error.get("loc")).isEqualTo(expectedLoc(location));
        });
    }

    /**
     * The spec declares no answer to a body that is not JSON at all. FastAPI answers 422 json_invalid;
     * Prism answers 400, which the docs' prose also lists: accepted as a spec gap, not on FastAPI.
     */
    @Test
    @DisplayName("malformed JSON: json_invalid at the character position")
    void malformedJson(Scenario scenario) {
        String body = "{\"user_ids\": [\"user-test-0001\", " + VALID_ORG_IDS + "}";

        Response response = scenario.request(Expectation.conforming().sendingInvalidRequest().allowingUndocumentedStatus(400))
                .contentType(ContentType.JSON).body(body)
                .when().post(MembersEndpoint.PATH, scenario.ids().org(1));

        assertThat(response.statusCode()).isIn(400, 422);
        scenario.onFastApiOnly(() -> {
            Map<String, Object> error = onlyError(errors(response));
            assertThat(error.get("type")).isEqualTo("json_invalid");
            assertThat((List<?>) error.get("loc")).first().isEqualTo("body");
            assertThat(((List<?>) error.get("loc")).get(1)).as("a character position").isInstanceOf(Integer.class);
        });
        scenario.onMockOnly(() -> assertThat(onlyError(errors(response)).get("msg")).isEqualTo("JSON decode error"));
    }

    @Test
    @DisplayName("an empty body: the body itself is missing")
    void emptyBody(Scenario scenario) {
        Response response = scenario.invalidRequest().contentType(ContentType.JSON)
                .when().post(MembersEndpoint.PATH, scenario.ids().org(1));

        assertThat(scenario.lastExchange().request().body()).isNull();
        List<Map<String, Object>> errors = errors(response);
        scenario.onFastApiOnly(() -> {
            Map<String, Object> error = onlyError(errors);
            assertThat(error.get("type")).isEqualTo("missing");
            assertThat(error.get("loc")).isEqualTo(List.of("body"));
        });
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded"})
    @DisplayName("a JSON body under another content type is not read as JSON")
    void wrongContentType(String contentType, Scenario scenario) {
        String body = "{" + VALID_USER_IDS + "," + VALID_ORG_IDS + "}";

        Response response = scenario.invalidRequest().contentType(contentType).body(body)
                .when().post(MembersEndpoint.PATH, scenario.ids().org(1));

        assertThat(scenario.lastExchange().request().header("Content-Type")).startsWith(contentType);
        List<Map<String, Object>> errors = errors(response);
        scenario.onFastApiOnly(() -> {
            Map<String, Object> error = onlyError(errors);
            assertThat(error.get("type")).isEqualTo("model_attributes_type");
            assertThat(error.get("loc")).isEqualTo(List.of("body"));
        });
    }

    @Test
    @DisplayName("a JSON array instead of an object")
    void arrayInsteadOfObject(Scenario scenario) {
        Response response = send(scenario, ContentType.JSON, "[\"user-test-0001\"]");

        List<Map<String, Object>> errors = errors(response);
        scenario.onFastApiOnly(() -> {
            Map<String, Object> error = onlyError(errors);
            assertThat(error.get("type")).isEqualTo("model_attributes_type");
            assertThat(error.get("loc")).isEqualTo(List.of("body"));
        });
    }

    private static Response send(Scenario scenario, ContentType contentType, String body) {
        return scenario.invalidRequest().contentType(contentType).body(body)
                .when().post(MembersEndpoint.PATH, scenario.ids().org(1));
    }

    private static List<Map<String, Object>> errors(Response response) {
        response.then().statusCode(422).contentType(ContentType.JSON);
        return JsonPath.from(response.asString()).getList("detail");
    }

    private static Map<String, Object> onlyError(List<Map<String, Object>> errors) {
        assertThat(errors).as("detail").hasSize(1);
        return errors.get(0);
    }

    /** "body,user_ids,0" as FastAPI writes it: ["body", "user_ids", 0]. */
    private static List<Object> expectedLoc(String location) {
        return java.util.Arrays.stream(location.split(","))
                .map(part -> part.matches("\\d+") ? (Object) Integer.valueOf(part) : part).toList();
    }
}
