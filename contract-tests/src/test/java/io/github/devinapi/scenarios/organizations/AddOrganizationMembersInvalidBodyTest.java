package io.github.devinapi.scenarios.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.contract.junit.ContractScenarios;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.Expectation;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way the body of addOrganizationMembers can be invalid: each is answered 422 with a body that
 * conforms to HTTPValidationError (the contract check sees to it, and that the request really breaks the
 * spec), pointing at the offending place. FastAPI's words for it ({@code type}, {@code msg}) are pydantic's
 * and differ between its versions: compared on the embedded tenant, reported elsewhere. Every request
 * addresses ids that exist nowhere.
 */
@ContractScenarios
@DisplayName("addOrganizationMembers, invalid bodies")
class AddOrganizationMembersInvalidBodyTest {

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"user_ids", "org_ids"})
    @DisplayName("a required field missing")
    void requiredFieldMissing(String field, Scenario scenario) {
        Map<String, String> fields = validFields(scenario.ids().absent());
        fields.remove(field);
        String body = object(fields);

        send(scenario, ContentType.JSON.toString(), body);

        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        scenario.refusal().pointsAt("body", field).says("missing", "Field required");
    }

    @Test
    @DisplayName("both required fields missing: one error each")
    void bothRequiredFieldsMissing(Scenario scenario) {
        send(scenario, ContentType.JSON.toString(), "{}");

        scenario.refusal()
                .pointsAt("body", "user_ids")
                .pointsAt("body", "org_ids")
                .says("missing");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "user_ids    | '\"{user}\"'        | list_type   | body,user_ids",
                "org_ids     | '\"{org}\"'         | list_type   | body,org_ids",
                "user_ids    | null                | list_type   | body,user_ids",
                "org_ids     | null                | list_type   | body,org_ids",
                "org_role    | 5                   | string_type | body,org_role",
                "group_names | '\"{group}\"'       | list_type   | body,group_names",
                "group_names | '[true]'            | string_type | body,group_names,0",
                "org_ids     | '[\"{org}\",{}]'    | string_type | body,org_ids,1"
            })
    @DisplayName("a field of the wrong type")
    void fieldOfTheWrongType(String field, String json, String type, String location, Scenario scenario) {
        TestIds absent = scenario.ids().absent();
        Map<String, String> fields = validFields(absent);
        fields.put(
                field,
                json.replace("{user}", absent.user(1))
                        .replace("{org}", absent.org(1))
                        .replace("{group}", absent.group(1)));
        String body = object(fields);

        send(scenario, ContentType.JSON.toString(), body);

        assertThat(scenario.lastExchange().request().body()).isEqualTo(body);
        scenario.refusal().pointsAt(location(location)).says(type);
    }

    /**
     * The spec declares no answer to a body that is not JSON at all. FastAPI answers 422 json_invalid;
     * Prism answers 400, which the docs' prose also lists: accepted as a spec gap.
     */
    @Test
    @DisplayName("malformed JSON: json_invalid at the character position")
    void malformedJson(Scenario scenario) {
        TestIds absent = scenario.ids().absent();
        String body = "{\"user_ids\": [\"" + absent.user(1) + "\", \"org_ids\":[\"" + absent.org(1) + "\"]}";

        Response response = scenario.request(
                        Expectation.conforming().sendingInvalidRequest().allowingUndocumentedStatus(400))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(MembersEndpoint.PATH, absent.org(1));

        assertThat(response.statusCode()).isIn(400, 422);
        if (response.statusCode() == 422) {
            scenario.refusal().says("json_invalid", "JSON decode error");
        }
    }

    @Test
    @DisplayName("an empty body: the body itself is missing")
    void emptyBody(Scenario scenario) {
        scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .when()
                .post(MembersEndpoint.PATH, scenario.ids().absent().org(1));

        assertThat(scenario.lastExchange().request().body()).isNull();
        scenario.refusal().pointsAt("body").says("missing");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded"})
    @DisplayName("a JSON body under another content type is not read as JSON")
    void wrongContentType(String contentType, Scenario scenario) {
        String body = object(validFields(scenario.ids().absent()));

        send(scenario, contentType, body);

        assertThat(scenario.lastExchange().request().header("Content-Type")).startsWith(contentType);
        scenario.refusal().pointsAt("body").says("model_attributes_type");
    }

    @Test
    @DisplayName("a JSON array instead of an object")
    void arrayInsteadOfObject(Scenario scenario) {
        send(
                scenario,
                ContentType.JSON.toString(),
                "[\"" + scenario.ids().absent().user(1) + "\"]");

        scenario.refusal().pointsAt("body").says("model_attributes_type");
    }

    private static void send(Scenario scenario, String contentType, String body) {
        scenario.invalidRequest()
                .contentType(contentType)
                .body(body)
                .when()
                .post(MembersEndpoint.PATH, scenario.ids().absent().org(1))
                .then()
                .statusCode(422);
    }

    private static Map<String, String> validFields(TestIds ids) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("user_ids", "[\"" + ids.user(1) + "\"]");
        fields.put("org_ids", "[\"" + ids.org(1) + "\"]");
        return fields;
    }

    private static String object(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** "body,user_ids,0" as FastAPI writes it: ["body", "user_ids", 0]. */
    private static Object[] location(String location) {
        return Arrays.stream(location.split(","))
                .map(part -> part.matches("\\d+") ? (Object) Integer.valueOf(part) : part)
                .toArray();
    }
}
