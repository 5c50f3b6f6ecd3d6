package io.github.devinapi.contract.live;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.contract.live.LiveFixture.ORG;
import static io.github.devinapi.contract.live.LiveFixture.PATH;
import static io.github.devinapi.contract.live.LiveFixture.SUCCESS;
import static io.github.devinapi.contract.live.LiveFixture.USERS;
import static io.github.devinapi.contract.live.LiveFixture.addMember;
import static io.github.devinapi.contract.live.LiveFixture.invalidBody;
import static io.github.devinapi.contract.live.LiveFixture.validBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.replay.RecordingReplay;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.tenant.TestIds;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.TestAbortedException;

/**
 * A live run is safe whatever the server does: against a tenant that accepts everything, a read-only run
 * fails (it notices what was accepted) and yet nothing it sent names the configured organization or users;
 * with writes, only the configured test ids are sent.
 */
@ExtendWith(ContractRunExtension.class)
@DisplayName("A live run is safe to point at production")
class LiveSafetyTest {

    @RegisterExtension
    static WireMockExtension acceptsEverything = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final LiveFixture live;
    private final RecordingLibrary recordings;

    LiveSafetyTest(ContractRun run) {
        this.live = new LiveFixture(run.validator(), acceptsEverything.baseUrl());
        this.recordings = run.recordings();
    }

    @BeforeEach
    void acceptEverything() {
        acceptsEverything.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS)));
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    @DisplayName(
            "read-only, against a tenant that accepts everything: it fails, and nothing it sent touched the configured ids")
    void readOnlyChangesNothing() {
        Scenario scenario = live.readOnly();
        TestIds absent = scenario.ids().absent();

        // when: what the suite's scenarios send, valid and invalid, with credentials and without
        Throwable write = catchThrowable(() -> scenario.request()
                .contentType(ContentType.JSON)
                .body(validBody(scenario.ids()))
                .post(PATH, ORG));
        Throwable typedWrite = catchThrowable(() -> addMember(scenario));
        Throwable invalidToConfigured = catchThrowable(() -> scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(invalidBody(scenario.ids()))
                .post(PATH, ORG));
        Throwable invalid = catchThrowable(() -> scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(invalidBody(absent))
                .post(PATH, absent.org(1)));
        Throwable unauthenticated = catchThrowable(() -> scenario.unauthenticatedRequest()
                .contentType(ContentType.JSON)
                .body(validBody(absent))
                .post(PATH, absent.org(1)));
        Throwable createsWithoutAnId = catchThrowable(() -> scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/v2/enterprise/organizations"));

        // then: the writes and the probe at a real id were not sent; the probes at absent ids were, and failed
        assertThat(List.of(write, typedWrite, invalidToConfigured, createsWithoutAnId))
                .allSatisfy(refused -> assertThat(refused).isInstanceOf(TestAbortedException.class));
        assertThat(List.of(invalid, unauthenticated))
                .allSatisfy(
                        failed -> assertThat(failed).hasMessageContaining("the server accepted an invalid request"));
        assertThat(acceptsEverything.getAllServeEvents()).hasSize(2).allSatisfy(this::touchesNoConfiguredId);
    }

    @Test
    @DisplayName("read-only: a write is skipped, saying why, before anything is sent")
    void readOnlySkipsWrites() {
        Scenario scenario = live.readOnly();

        assertThatThrownBy(() -> addMember(scenario))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("DEVIN_LIVE_ALLOW_WRITES=true")
                .hasMessageContaining(ORG);
        assertThat(acceptsEverything.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("writes: a request carrying an id that is not a configured test id is not sent, whatever the field")
    void writesOnlyToTestIds() {
        Scenario scenario = live.writable();

        assertThatThrownBy(() -> scenario.request()
                        .contentType(ContentType.JSON)
                        .body("{\"user_ids\":[\"user-elsewhere\"],\"org_ids\":[\"" + ORG + "\"]}")
                        .post(PATH, ORG))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("user-elsewhere");
        assertThatThrownBy(() -> scenario.request()
                        .contentType(ContentType.JSON)
                        .body(validBody(scenario.ids()))
                        .post(PATH, "org-elsewhere"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("org-elsewhere");
        assertThatThrownBy(() -> scenario.request()
                        .contentType(ContentType.JSON)
                        .body("{\"userIds\":[7],\"orgIds\":[\"" + ORG + "\"]}")
                        .post(PATH, ORG))
                .as("camelCase field, integer id")
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("7");
        assertThat(acceptsEverything.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("writes: nothing that could act on everything, and nothing created unless the scenario opted in")
    void writesNeverActOnEverything() {
        Scenario scenario = live.writable();

        assertThatThrownBy(() -> scenario.request().delete("/v2/enterprise/api-keys"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("names nothing it acts on");
        assertThatThrownBy(() -> scenario.request()
                        .contentType(ContentType.JSON)
                        .body("{\"title\":\"t\",\"body\":\"b\"}")
                        .post("/v2/enterprise/playbooks"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("creates only in a scenario opted in");
        assertThat(acceptsEverything.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("writes: a scenario opted in creates, and only for as long as it runs")
    void optedInCreations() {
        Scenario scenario = live.scenario(new LiveConfiguration(
                acceptsEverything.baseUrl(),
                live.key,
                ORG,
                USERS,
                null,
                true,
                Set.of("DEVIN_LIVE_CREATE_PLAYBOOKS"),
                50,
                Duration.ofSeconds(5)));
        String body = "{\"title\":\"" + scenario.ids().created("playbook") + "\",\"body\":\"b\"}";

        assertThatThrownBy(() -> scenario.requireOptIn("DEVIN_LIVE_CREATE_ORGANIZATIONS"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("DEVIN_LIVE_CREATE_ORGANIZATIONS=true");
        scenario.requireOptIn("DEVIN_LIVE_CREATE_PLAYBOOKS");
        // sent: the stand-in's answer does not conform, which is not what this checks
        catchThrowable(() ->
                scenario.request().contentType(ContentType.JSON).body(body).post("/v2/enterprise/playbooks"));
        scenario.target().scenarioEnded();

        assertThat(acceptsEverything.getAllServeEvents())
                .filteredOn(event -> event.getRequest().getMethod().getName().equals("POST"))
                .as("the creation sent")
                .hasSize(1);
        assertThatThrownBy(() -> scenario.request()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/v2/enterprise/playbooks"))
                .as("after the scenario ended")
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    @DisplayName("writes: a recorded scenario is replayed with the configured ids, never the recording's")
    void replaysRecordingsWithTheConfiguredIds() {
        RecordedScenario recorded = recordings.scenarios().stream()
                .filter(candidate -> candidate.name().equals("add-one-user-to-one-org"))
                .findFirst()
                .orElseThrow();

        new RecordingReplay(Optional.empty())
                .replay(recorded, recorded.recordings().get(0), live.writable());

        acceptsEverything.verify(
                1,
                postRequestedFor(urlEqualTo("/v2/enterprise/organizations/" + ORG + "/members"))
                        .withRequestBody(equalToJson(
                                "{\"user_ids\":[\"" + USERS.get(0) + "\"],\"org_ids\":[\"" + ORG + "\"]}")));
    }

    @Test
    @DisplayName("a recorded negative scenario is replayed at ids that exist nowhere")
    void replaysNegativeRecordingsAtAbsentIds() {
        RecordedScenario recorded = recordings.scenarios().stream()
                .filter(candidate -> candidate.info().sendsInvalidRequest())
                .findFirst()
                .orElseThrow();

        catchThrowable(() -> new RecordingReplay(Optional.empty())
                .replay(recorded, recorded.recordings().get(0), live.readOnly()));

        assertThat(acceptsEverything.getAllServeEvents()).hasSize(1).allSatisfy(this::touchesNoConfiguredId);
    }

    private void touchesNoConfiguredId(ServeEvent event) {
        String sent = event.getRequest().getUrl() + " " + event.getRequest().getBodyAsString();
        Stream.concat(Stream.of(ORG), USERS.stream())
                .forEach(id -> assertThat(sent).doesNotContain(id));
    }
}
