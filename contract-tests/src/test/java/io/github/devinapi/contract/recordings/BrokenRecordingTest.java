package io.github.devinapi.contract.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.devinapi.contract.embedded.EmbeddedTarget;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.replay.RecordingReplay;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the recorded-scenario machinery bites: copies of real scenario folders, corrupted in a
 * temporary directory, are caught when loaded (naming the file, operation, status, pointer and rule),
 * by the runner, and by the embedded tenant that serves them.
 */
@ExtendWith(ContractRunExtension.class)
@DisplayName("A broken recording")
class BrokenRecordingTest {

    private static final String OPERATION =
            "addOrganizationMembers (POST /v2/enterprise/organizations/{org_id}/members)";

    private final ContractValidator validator;
    private final Path recorded;

    BrokenRecordingTest(ContractRun run) {
        this.validator = run.validator();
        this.recorded = run.settings().scenariosDir();
    }

    @TempDir
    Path scenarios;

    @Test
    @DisplayName(
            "with \"status\": 1 in a 200 body is caught when loaded, naming file, operation, status, pointer and rule")
    void wrongTypeInline() throws IOException {
        Path mapping = copyAndCorrupt(
                "add-one-user-to-one-org", "mappings", "\\\"status\\\":\\\"success\\\"", "\\\"status\\\":1");

        Recording recording = onlyRecording(RecordingLibrary.load(scenarios, validator));

        assertThat(recording.conforms()).isFalse();
        assertThat(recording.failure())
                .contains(
                        mapping.getFileName().toString(),
                        OPERATION,
                        "status 200",
                        "response body at /status: integer found, string expected",
                        "rule validation.response.body.schema.type");
    }

    @Test
    @DisplayName("in a body file under __files/ is caught, naming that file")
    void wrongTypeInBodyFile() throws IOException {
        Path body =
                copyAndCorrupt("add-many-users-to-many-orgs", "__files", "\"status\": \"success\"", "\"status\": 1");

        Recording recording = onlyRecording(RecordingLibrary.load(scenarios, validator));

        assertThat(recording.failure())
                .contains("__files/" + body.getFileName(), "/status", "validation.response.body.schema.type");
    }

    @Test
    @DisplayName("with loc holding a boolean in a 422 body is caught")
    void booleanInLoc() throws IOException {
        copyAndCorrupt("reject-user-ids-of-wrong-type", "mappings", "\\\"user_ids\\\",0]", "\\\"user_ids\\\",true]");

        Recording recording = onlyRecording(RecordingLibrary.load(scenarios, validator));

        assertThat(recording.failure())
                .contains("status 422", "/detail/0/loc/2", "validation.response.body.schema.type");
    }

    @Test
    @DisplayName("with a status the spec does not declare, not expected by scenario.json, is caught")
    void undeclaredStatus() throws IOException {
        copyAndCorrupt("add-one-user-to-one-org", "mappings", "\"status\": 200", "\"status\": 403");

        Recording recording = onlyRecording(RecordingLibrary.load(scenarios, validator));

        assertThat(recording.failure()).contains("status 403", "validation.response.status.unknown");
    }

    @Test
    @DisplayName("with a text/html body is caught")
    void htmlBody() throws IOException {
        copyAndCorrupt(
                "add-one-user-to-one-org",
                "mappings",
                "\"content-type\": \"application/json\"",
                "\"content-type\": \"text/html\"");

        Recording recording = onlyRecording(RecordingLibrary.load(scenarios, validator));

        assertThat(recording.failure()).contains("validation.response.contentType.notAllowed");
    }

    @Test
    @DisplayName("holding a token is refused")
    void credential() throws IOException {
        copyAndCorrupt(
                "add-one-user-to-one-org",
                "mappings",
                "\"server\": \"uvicorn\"",
                "\"server\": \"uvicorn\", \"x-echo\": \"Bearer abcdefghijklmnopqrstuvwxyz012345\"");

        Recording recording = onlyRecording(RecordingLibrary.load(scenarios, validator));

        assertThat(recording.usable()).isFalse();
        assertThat(recording.failure()).contains("credential");
    }

    @Test
    @DisplayName("fails its replay, and the tenant serving it fails the scenario that gets it")
    void failsReplayAndServing() throws IOException {
        copyAndCorrupt("add-one-user-to-one-org", "mappings", "\\\"status\\\":\\\"success\\\"", "\\\"status\\\":1");
        RecordingLibrary library = RecordingLibrary.load(scenarios, validator);
        RecordedScenario scenario = library.scenarios().get(0);
        Recording recording = onlyRecording(library);

        try (EmbeddedTenant tenant = EmbeddedTenant.start(validator, library);
                TargetClients target = new TargetClients(EmbeddedTarget.on(tenant))) {
            RecordingReplay replay = new RecordingReplay(Optional.of(tenant));

            // the runner refuses to replay it
            assertThatThrownBy(() -> replay.replay(scenario, recording, scenarioOn(target)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(recording.where());

            // a scenario that gets it from the tenant fails at the exchange, and again when it finishes
            Scenario served = scenarioOn(target);
            assertThatThrownBy(() -> served.request()
                            .contentType(ContentType.JSON)
                            .body(recording.exchange().request().body())
                            .post(recording.exchange().request().rawPath()))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("/status");
            assertThatThrownBy(served::finish).hasMessageContaining(recording.where());
        }
    }

    private Scenario scenarioOn(TargetClients target) {
        return new Scenario("broken", ScenarioSource.RECORDED, target, validator, ExchangeLog.discard());
    }

    /** Copies one scenario folder into the temporary scenarios directory and replaces text in its only file under {@code part}. */
    private Path copyAndCorrupt(String name, String part, String from, String to) throws IOException {
        Path source = recorded.resolve(name);
        Path copy = scenarios.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(source.relativize(file).toString()));
            }
        }
        Path target;
        try (Stream<Path> files = Files.list(copy.resolve(part))) {
            target = files.findFirst().orElseThrow();
        }
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).as("text to corrupt in %s", target).contains(from);
        Files.writeString(target, text.replace(from, to), StandardCharsets.UTF_8);
        return target;
    }

    private static Recording onlyRecording(RecordingLibrary library) {
        assertThat(library.scenarios()).hasSize(1);
        assertThat(library.scenarios().get(0).recordings()).hasSize(1);
        return library.scenarios().get(0).recordings().get(0);
    }
}
