package io.github.devinapi.contract.recorder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.contract.CanaryKey;
import io.github.devinapi.contract.embedded.EmbeddedTarget;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.live.LiveConfiguration;
import io.github.devinapi.contract.live.LiveTarget;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.replay.RecordingReplay;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.ContractValidator;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording from a tenant (a stub that insists on the real key, sets cookies and echoes secrets and
 * ids): the key goes upstream only, what is written holds no credential and no real id, and it replays
 * green on the embedded tenant as it is.
 */
@ExtendWith(ContractRunExtension.class)
@DisplayName("Recording a live tenant")
class RecordingTargetTest {

    private static final String ORG = "org-real-7f3a";
    private static final List<String> USERS = List.of("user-real-a1", "user-real-b2");
    private static final String PATH = "/v2/enterprise/organizations/{org_id}/members";
    /** A key of the real shape, made here so that no credential-shaped string is ever committed. */
    private static final String KEY = CanaryKey.make();

    @RegisterExtension
    static WireMockExtension tenant = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path recordings;

    private final ContractValidator validator;
    private RecordingTarget target;
    private TargetClients clients;

    RecordingTargetTest(ContractRun run) {
        this.validator = run.validator();
    }

    @BeforeEach
    void start() {
        EchoingTenant.serve(tenant, KEY, ORG);
        LiveConfiguration configuration =
                new LiveConfiguration(tenant.baseUrl(), KEY, ORG, USERS, true, 50, Duration.ofSeconds(5));
        target = RecordingTarget.open(new LiveTarget(configuration, validator), recordings, validator);
        clients = new TargetClients(target);
    }

    @AfterEach
    void stop() {
        clients.close();
        target.close();
    }

    @Test
    @DisplayName("sends the key upstream only for the scenarios' own requests, and never to the client side")
    void keyOnlyUpstream() throws IOException {
        addOneUser(scenario("AddOrganizationMembersTypedTest: adds one user"));
        Scenario unauthenticated = scenario("AddOrganizationMembersAuthenticationTest: no Authorization header");
        TestIds nowhere = unauthenticated.ids().absent();
        unauthenticated
                .unauthenticatedRequest()
                .contentType(ContentType.JSON)
                .body("{\"user_ids\":[\"" + nowhere.user(1) + "\"],\"org_ids\":[\"" + nowhere.org(1) + "\"]}")
                .post(PATH, nowhere.org(1));

        assertThat(target.bearerToken()).isNotEqualTo(KEY);
        // counted, not verified: a failed verification would print the key
        assertThat(tenant.findAll(postRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + KEY)))
                        .size())
                .as("the scenario's write, with the key added upstream")
                .isEqualTo(1);
        assertThat(tenant.findAll(anyRequestedFor(anyUrl()).withHeader("Authorization", absent()))
                        .size())
                .as("the request sent without credentials")
                .isEqualTo(1);
        assertThat(unauthenticated.lastExchange().response().status())
                .as("no key added to a request sent without one")
                .isEqualTo(401);
    }

    @Test
    @DisplayName("writes one scenario folder per scenario that passed, scrubbed, with placeholder ids")
    void writesScrubbedScenarioFolders() throws IOException {
        record();

        assertThat(files().folders())
                .containsExactlyInAnyOrder(
                        "add-organization-members-typed-test-adds-one-user",
                        "add-organization-members-invalid-body-test-without-user-ids");
        String everything = files().all();
        assertThat(everything)
                .doesNotContain(KEY, "t0k3n-v4lue", "s3ss10n-v4lue", ORG, USERS.get(0))
                .doesNotContainIgnoringCase("authorization")
                .doesNotContainIgnoringCase("set-cookie")
                .contains("org-test-0001", "user-test-0001", RecordingScrubber.SCRUBBED);
        JsonNode valid = files().info("add-organization-members-typed-test-adds-one-user");
        assertThat(valid.get("mutates").asBoolean()).isTrue();
        assertThat(valid.get("sendsInvalidRequest").asBoolean()).isFalse();
        assertThat(valid.get("stepsOf").asText())
                .as("a live run leaves the steps to the scenario that made them")
                .isEqualTo("AddOrganizationMembersTypedTest: adds one user");
        JsonNode invalid = files().info("add-organization-members-invalid-body-test-without-user-ids");
        assertThat(invalid.get("mutates").asBoolean()).isFalse();
        assertThat(invalid.get("sendsInvalidRequest").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("writes recordings that replay green on the embedded tenant, with no edit")
    void replaysOnTheEmbeddedTenant() throws IOException {
        record();

        RecordingLibrary library = RecordingLibrary.load(recordings, validator);
        assertThat(library.scenarios()).hasSize(2).allSatisfy(scenario -> {
            assertThat(scenario.problems()).isEmpty();
            assertThat(scenario.recordings())
                    .isNotEmpty()
                    .allSatisfy(recording -> assertThat(recording.failure()).isEmpty());
        });
        try (EmbeddedTenant embedded = EmbeddedTenant.start(validator, library);
                TargetClients mock = new TargetClients(EmbeddedTarget.on(embedded))) {
            RecordingReplay replay = new RecordingReplay(Optional.of(embedded));
            for (RecordedScenario scenario : library.scenarios()) {
                for (Recording recording : scenario.recordings()) {
                    replay.replay(scenario, recording, scenarioOn(mock, scenario.name()));
                }
            }
            assertThat(embedded.unusedRecordings()).isEmpty();
        }
    }

    @Test
    @DisplayName("serves its admin API (which would show the proxy stub holding the key) to nobody")
    void adminApiNeedsAToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> mappings = http.send(
                HttpRequest.newBuilder(URI.create(target.baseUrl() + "/__admin/mappings"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(mappings.statusCode()).isEqualTo(401);
        assertThat(mappings.body()).doesNotContain(KEY);
    }

    @Test
    @DisplayName("does not follow a redirect of the tenant to another origin")
    void noRedirects() {
        WireMockServer elsewhere =
                new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        elsewhere.start();
        try {
            elsewhere.stubFor(
                    any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"status\":\"success\"}")));
            tenant.stubFor(any(anyUrl())
                    .atPriority(0)
                    .willReturn(aResponse()
                            .withStatus(302)
                            .withHeader(
                                    "Location",
                                    elsewhere.baseUrl() + "/v2/enterprise/organizations/" + ORG + "/members")));

            catchThrowable(() -> addOneUser(scenario("redirected")));

            assertThat(elsewhere.getAllServeEvents())
                    .as("requests the other origin received")
                    .isEmpty();
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    @DisplayName("records a request once per run, however many scenarios send it")
    void recordsEachRequestOnce() throws IOException {
        addOneUser(scenario("first"));
        addOneUser(scenario("second"));

        assertThat(files().folders()).containsExactly("first");
    }

    @Test
    @DisplayName("refuses to write a mapping in which the key survived scrubbing")
    void refusesTheKey() throws IOException {
        RecordingScrubber scrubber = new RecordingScrubber(KEY, Map.of());
        RecordingWriter writer = new RecordingWriter(recordings, scrubber, validator);
        var stub = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(
                        "{\"id\":\"0b5e3b4e-0000-0000-0000-000000000000\",\"name\":\"v2_x\",\"request\":{\"url\":\"/v2/x\",\"method\":\"GET\"},"
                                + "\"response\":{\"status\":200},\"metadata\":{\"note\":\"" + KEY
                                + "\"}}"); // metadata is not scrubbed
        var exchange = new io.github.devinapi.contract.validation.Exchange(
                new io.github.devinapi.contract.validation.Exchange.Request("GET", "/v2/x", null, Map.of(), null),
                new io.github.devinapi.contract.validation.Exchange.Response(200, Map.of(), "{}"));

        assertThatThrownBy(() -> writer.write("leaky", List.of(new Captured(stub, exchange))))
                .hasMessageContaining("still holds the API key")
                .hasMessageNotContaining(KEY);
        assertThat(files().all()).doesNotContain(KEY);
    }

    private void record() throws IOException {
        addOneUser(scenario("AddOrganizationMembersTypedTest: adds one user"));
        Scenario invalid = scenario("AddOrganizationMembersInvalidBodyTest: without user_ids");
        TestIds absent = invalid.ids().absent();
        invalid.invalidRequest()
                .contentType(ContentType.JSON)
                .body("{\"org_ids\":[\"" + absent.org(1) + "\"]}")
                .post(PATH, absent.org(1));
        invalid.finish();
        Scenario unauthenticated = scenario("AddOrganizationMembersAuthenticationTest: no Authorization header");
        TestIds nowhere = unauthenticated.ids().absent();
        unauthenticated
                .unauthenticatedRequest()
                .contentType(ContentType.JSON)
                .body("{\"user_ids\":[\"" + nowhere.user(1) + "\"],\"org_ids\":[\"" + nowhere.org(1) + "\"]}")
                .post(PATH, nowhere.org(1));
        unauthenticated.finish();
    }

    private void addOneUser(Scenario scenario) {
        var ids = scenario.ids();
        DevinClient devin = scenario.devin();
        var added = devin.execute(devin.organizations()
                .addOrganizationMembers(
                        ids.org(1),
                        new EnterpriseBulkOrgMembersUpdate()
                                .userIds(List.of(ids.user(1)))
                                .orgIds(List.of(ids.org(1)))));
        assertThat(added.getStatus()).isEqualTo("success");
        scenario.finish();
    }

    private RecordedFiles files() {
        return new RecordedFiles(recordings);
    }

    private Scenario scenario(String name) {
        return scenarioOn(clients, name);
    }

    private Scenario scenarioOn(TargetClients on, String name) {
        return on.scenario(name, ScenarioSource.HAND_WRITTEN, validator, ExchangeLog.discard());
    }
}
