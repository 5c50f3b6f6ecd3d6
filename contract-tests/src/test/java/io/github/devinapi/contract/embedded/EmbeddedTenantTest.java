package io.github.devinapi.contract.embedded;

import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        assertThatThrownBy(() -> scenario.request().contentType(ContentType.JSON).body(UNRECORDED_BODY).post(MEMBERS))
                .isInstanceOf(ContractViolationError.class).hasMessageContaining("status 404");
        assertThatThrownBy(scenario::finish).hasMessageContaining("has no recording for POST " + MEMBERS);
        assertThat(tenant.served().unmatched()).containsExactly("POST " + MEMBERS);
    }

    @Test
    @DisplayName("answers a path of no operation with 404 and counts it as unmatched")
    void unknownPathIsUnmatched() {
        Scenario scenario = scenarioOn(start(recordings));

        assertThatThrownBy(() -> scenario.request().get("/v2/enterprise/no-such-thing"))
                .isInstanceOf(ContractViolationError.class).hasMessageContaining("(none in the spec)");
        assertThat(tenant.served().unmatched()).containsExactly("GET /v2/enterprise/no-such-thing");
    }

    @Test
    @DisplayName("checks the bearer token before the recordings, as FastAPI's HTTPBearer does")
    void authenticationBeforeRecordings() {
        Scenario scenario = scenarioOn(start(recordings));
        String recordedBody = "{\"user_ids\":[\"user-test-0001\"],\"org_ids\":[\"org-test-0001\"]}";

        Response response = scenario.unauthenticatedRequest().contentType(ContentType.JSON).body(recordedBody).post(MEMBERS);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(tenant.served().since(Math.toIntExact(scenario.mark()))).singleElement()
                .satisfies(served -> assertThat(served.recording()).isEmpty());
    }

    @Test
    @DisplayName("answers an invalid request with the 422 FastAPI recorded for it")
    void fallbackAgreesWithRecordedValidationErrors() {
        List<Recording> negative = recordings.scenarios().stream().filter(s -> s.info().sendsInvalidRequest())
                .flatMap(s -> s.recordings().stream()).toList();
        assertThat(negative).as("recorded 422s to compare with").isNotEmpty();

        for (Recording recording : negative) {
            JsonNode recorded = Json.tree(recording.exchange().response().body()).get("detail");
            assertThat(Json.tree(FastApiValidationErrors.of(recording.exchange().request(), validator).toString()))
                    .as("fallback for %s", recording.where()).isEqualTo(recorded);
        }
    }

    @Test
    @DisplayName("reports the recordings no exchange used")
    void reportsUnusedRecordings() {
        RecordedScenario one = recordings.scenarios().get(0);
        start(new RecordingLibrary(Path.of("."), List.of(one)));

        assertThat(tenant.unusedRecordings()).containsExactlyElementsOf(one.recordings().stream().map(Recording::where).toList());
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
