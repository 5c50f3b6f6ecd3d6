package io.github.devinapi.contract.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.github.devinapi.contract.validation.Exchange;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The embedded tenant's own rules, each on a tenant of its own so the run's report is not touched. */
@ExtendWith(ContractRunExtension.class)
@DisplayName("The embedded tenant")
class EmbeddedTenantTest {

    private static final String MEMBERS = "/v2/enterprise/organizations/org-test-0001/members";
    private static final String UNRECORDED_BODY = "{\"user_ids\":[\"user-test-9999\"],\"org_ids\":[\"org-test-0001\"]}";

    private final ContractValidator validator;
    private final RecordingLibrary recordings;
    private EmbeddedTenant tenant;
    private TargetClients clients;

    EmbeddedTenantTest(ContractRun run) {
        this.validator = run.validator();
        this.recordings = run.recordings();
    }

    @AfterEach
    void stop() {
        if (clients != null) {
            clients.close();
        }
        if (tenant != null) {
            tenant.close();
        }
    }

    @Test
    @DisplayName("answers a valid request no recording covers with 404, and fails the scenario that sent it")
    void unmatchedValidRequestFailsTheScenario() {
        Scenario scenario = scenarioOn(start(recordings));

        assertThatThrownBy(() -> scenario.request()
                        .contentType(ContentType.JSON)
                        .body(UNRECORDED_BODY)
                        .post(MEMBERS))
                .isInstanceOf(ContractViolationError.class)
                .hasMessageContaining("status 404");
        assertThatThrownBy(scenario::finish).hasMessageContaining("has no recording for POST " + MEMBERS);
        assertThat(tenant.served().unmatched()).containsExactly("POST " + MEMBERS);
    }

    @Test
    @DisplayName("answers a path of no operation with 404 and counts it as unmatched")
    void unknownPathIsUnmatched() {
        Scenario scenario = scenarioOn(start(recordings));

        assertThatThrownBy(() -> scenario.request().get("/v2/enterprise/no-such-thing"))
                .isInstanceOf(ContractViolationError.class)
                .hasMessageContaining("(none in the spec)");
        assertThat(tenant.served().unmatched()).containsExactly("GET /v2/enterprise/no-such-thing");
    }

    @Test
    @DisplayName("checks the bearer token before the recordings, as FastAPI's HTTPBearer does")
    void authenticationBeforeRecordings() {
        Scenario scenario = scenarioOn(start(recordings));
        String recordedBody = "{\"user_ids\":[\"user-test-0001\"],\"org_ids\":[\"org-test-0001\"]}";

        Response response = scenario.unauthenticatedRequest()
                .contentType(ContentType.JSON)
                .body(recordedBody)
                .post(MEMBERS);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(tenant.served().since(Math.toIntExact(scenario.mark())))
                .singleElement()
                .satisfies(served -> assertThat(served.recording()).isEmpty());
    }

    @Test
    @DisplayName("answers an invalid request with the 422 FastAPI recorded for it")
    void fallbackAgreesWithRecordedValidationErrors() {
        List<Recording> negative = recordings.scenarios().stream()
                .filter(s -> s.info().sendsInvalidRequest())
                .flatMap(s -> s.recordings().stream())
                .toList();
        assertThat(negative).as("recorded 422s to compare with").isNotEmpty();

        for (Recording recording : negative) {
            JsonNode recorded =
                    Json.tree(recording.exchange().response().body()).get("detail");
            assertThat(Json.tree(FastApiValidationErrors.of(recording.exchange().request(), validator)
                            .toString()))
                    .as("fallback for %s", recording.where())
                    .isEqualTo(recorded);
        }
    }

    @Test
    @DisplayName("words a bound as pydantic 2 does: a page outside skip/limit's bounds, a list too long")
    void boundsInPydanticsWords() {
        Exchange.Request page =
                new Exchange.Request("GET", "/v2/enterprise/organizations", "limit=201", Map.of(), null);
        Exchange.Request invite = new Exchange.Request(
                "POST",
                "/v2/enterprise/members/invite",
                null,
                Map.of("Content-Type", List.of("application/json")),
                Json.of(Map.of(
                                "emails",
                                java.util.stream.IntStream.range(0, 101)
                                        .mapToObj(n -> "a" + n + "@example.com")
                                        .toList()))
                        .toString());

        assertThat(FastApiValidationErrors.of(page, validator).get(0))
                .isEqualTo(Json.tree("{\"type\":\"less_than_equal\","
                        + "\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be less than or equal to 200\",\"input\":\"201\","
                        + "\"ctx\":{\"le\":200}}"));
        JsonNode tooLong = FastApiValidationErrors.of(invite, validator).get(0);
        assertThat(tooLong.path("type").asText()).isEqualTo("too_long");
        assertThat(tooLong.path("msg").asText())
                .isEqualTo("List should have at most 100 items after validation, not 101");
        assertThat(tooLong.path("ctx"))
                .isEqualTo(Json.tree("{\"field_type\":\"List\",\"max_length\":100,\"actual_length\":101}"));
    }

    @Test
    @DisplayName(
            "serves a recording by urlPath and queryParameters (WireMock 3's hasExactly) for that query only, not one with more")
    void queryParametersMatchExactly(@TempDir Path scenarios) throws java.io.IOException {
        Path mappings = java.nio.file.Files.createDirectories(scenarios.resolve("first-page-of-groups/mappings"));
        java.nio.file.Files.writeString(
                mappings.resolve("groups.json"),
                "{\"request\":{\"urlPath\":\"/v2/enterprise/groups\","
                        + "\"method\":\"GET\",\"queryParameters\":{\"limit\":{\"hasExactly\":[{\"equalTo\":\"2\"}]}}},"
                        + "\"response\":{\"status\":200,\"headers\":{\"content-type\":\"application/json\"},\"body\":"
                        + "\"{\\\"items\\\":[],\\\"total\\\":0,\\\"skip\\\":0,\\\"limit\\\":2,\\\"has_more\\\":false}\"}}");
        RecordingLibrary library = RecordingLibrary.load(scenarios, validator);
        assertThat(library.recordings())
                .singleElement()
                .satisfies(recording ->
                        assertThat(recording.exchange().request().rawQuery()).isEqualTo("limit=2"));
        Scenario scenario = scenarioOn(start(library));

        assertThat(scenario.request().get("/v2/enterprise/groups?limit=2").statusCode())
                .isEqualTo(200);
        assertThatThrownBy(() -> scenario.request().get("/v2/enterprise/groups?limit=2&skip=2"))
                .isInstanceOf(ContractViolationError.class)
                .hasMessageContaining("status 404");
        assertThat(tenant.served().unmatched()).containsExactly("GET /v2/enterprise/groups?limit=2&skip=2");
    }

    @Test
    @DisplayName("reports the recordings no exchange used")
    void reportsUnusedRecordings() {
        RecordedScenario one = recordings.scenarios().get(0);
        start(new RecordingLibrary(Path.of("."), List.of(one)));

        assertThat(tenant.unusedRecordings())
                .containsExactlyInAnyOrderElementsOf(
                        one.recordings().stream().map(Recording::where).toList());
    }

    private EmbeddedTenant start(RecordingLibrary library) {
        tenant = EmbeddedTenant.start(validator, library);
        return tenant;
    }

    private Scenario scenarioOn(EmbeddedTenant embedded) {
        clients = new TargetClients(EmbeddedTarget.on(embedded));
        return new Scenario("tenant rules", ScenarioSource.HAND_WRITTEN, clients, validator, ExchangeLog.discard());
    }
}
