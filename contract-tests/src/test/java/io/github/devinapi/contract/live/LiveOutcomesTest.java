package io.github.devinapi.contract.live;

import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.replay.RecordingReplay;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.DevinConnectionException;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.TestAbortedException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a live run makes of a tenant that misbehaves: each outcome against a stub server playing the
 * tenant, through the same scenarios, validation and clients as a real run.
 */
@ExtendWith(ContractRunExtension.class)
@DisplayName("A live run")
class LiveOutcomesTest {

    private static final String ORG = "org-live-0001";
    private static final List<String> USERS = List.of("user-live-0001", "user-live-0002");
    private static final String PATH = "/v2/enterprise/organizations/{org_id}/members";
    private static final String VALID_BODY = "{\"user_ids\":[\"user-live-0001\"],\"org_ids\":[\"org-live-0001\"]}";
    private static final String INVALID_BODY = "{\"org_ids\":[\"org-live-0001\"]}";
    private static final String SUCCESS = "{\"status\":\"success\"}";

    @RegisterExtension
    static WireMockExtension tenant = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final ContractValidator validator;
    private final RecordingLibrary recordings;
    private final List<TargetClients> opened = new ArrayList<>();

    LiveOutcomesTest(ContractRun run) {
        this.validator = run.validator();
        this.recordings = run.recordings();
    }

    @AfterEach
    void closeClients() {
        opened.forEach(TargetClients::close);
    }

    @Nested
    @DisplayName("fails when the tenant answers")
    class NonConforming {

        @Test
        @DisplayName("a valid request with 200 and a body that breaks the spec (raw and typed)")
        void nonConformingSuccessBody() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson("{\"status\":1}")));
            var scenario = scenario(writable());

            assertThatThrownBy(() -> scenario.request().contentType(ContentType.JSON).body(VALID_BODY).post(PATH, ORG))
                    .isInstanceOf(ContractViolationError.class).hasMessageContaining("response body at /status");
            assertThatThrownBy(() -> addMember(scenario))
                    .isInstanceOf(ContractViolationError.class).hasMessageContaining("response body at /status");
        }

        @Test
        @DisplayName("a valid request with 200 and a body that is not JSON: the typed call fails naming the contract broken")
        void unreadableSuccessBody() {
            tenant.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("<html>maintenance</html>")));

            assertThatThrownBy(() -> addMember(scenario(writable())))
                    .isInstanceOf(ContractViolationError.class).hasMessageContaining("status 200");
        }

        @Test
        @DisplayName("an invalid request with 2xx: the server accepted an invalid request")
        void invalidRequestAccepted() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS)));
            var scenario = scenario(readOnly());

            assertThatThrownBy(() -> scenario.invalidRequest().contentType(ContentType.JSON).body(INVALID_BODY).post(PATH, ORG))
                    .isInstanceOf(ContractViolationError.class).hasMessageContaining("the server accepted an invalid request");
        }

        @Test
        @DisplayName("a status the spec does not declare, unless the scenario expects exactly it")
        void undocumentedStatus() {
            tenant.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403)
                    .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Forbidden\"}")));
            var scenario = scenario(readOnly());

            assertThatThrownBy(() -> scenario.invalidRequest().contentType(ContentType.JSON).body(INVALID_BODY).post(PATH, ORG))
                    .isInstanceOf(ContractViolationError.class).hasMessageContaining("validation.response.status.unknown");

            tenant.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not authenticated\"}")));
            scenario.unauthenticatedRequest().contentType(ContentType.JSON).body(VALID_BODY).post(PATH, ORG);
            assertThat(scenario.lastVerdict().specGap()).as("401 expected by the scenario: a spec gap").isTrue();
        }
    }

    @Nested
    @DisplayName("retries 429 and 5xx as DevinClient does, and judges only the final answer")
    class Retries {

        @Test
        @DisplayName("429, then success: the typed call passes")
        void rateLimitedThenSuccessTyped() throws IOException {
            rateLimitedOnce();

            SuccessResponse added = addMember(scenario(writable()));

            assertThat(added.getStatus()).isEqualTo("success");
            assertThat(tenant.getAllServeEvents()).hasSize(2);
        }

        @Test
        @DisplayName("429, then 422: the raw request passes, and its final exchange is the one judged")
        void rateLimitedThenAnswerRaw() {
            rateLimitedOnce();
            var scenario = scenario(readOnly());

            Response response = scenario.invalidRequest().contentType(ContentType.JSON).body(INVALID_BODY).post(PATH, ORG);

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(scenario.lastExchange().response().status()).isEqualTo(422);
            assertThat(tenant.getAllServeEvents()).hasSize(2);
        }

        @Test
        @DisplayName("503 on every attempt: fails, naming the status, once the retries are spent")
        void unavailableThroughout() {
            // No Retry-After: with "Retry-After: 0", OkHttp itself repeats a 503 once within each attempt.
            tenant.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)
                    .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Service Unavailable\"}")));

            assertThatThrownBy(() -> addMember(scenario(writable())))
                    .isInstanceOf(ContractViolationError.class).hasMessageContaining("status 503");
            assertThat(tenant.getAllServeEvents()).as("the first attempt and two retries").hasSize(3);
        }

        private void rateLimitedOnce() {
            tenant.stubFor(any(anyUrl()).inScenario("rate limited").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("allowed"));
            tenant.stubFor(any(anyUrl()).inScenario("rate limited").whenScenarioStateIs("allowed")
                    .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                            .withBody("{\"detail\":[{\"loc\":[\"body\",\"user_ids\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}")));
            tenant.stubFor(any(anyUrl()).inScenario("rate limited").whenScenarioStateIs("allowed")
                    .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("user_ids")).willReturn(okJson(SUCCESS)));
        }
    }

    @Nested
    @DisplayName("ends in a clear failure, not a hang, when the tenant")
    class Unanswered {

        @Test
        @DisplayName("is too slow (raw and typed)")
        void slow() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS).withFixedDelay(3_000)));
            var scenario = scenario(timingOut(tenant.baseUrl()));

            assertThatThrownBy(() -> scenario.invalidRequest().contentType(ContentType.JSON).body(INVALID_BODY).post(PATH, ORG))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("got no answer: no answer within");
            assertThatThrownBy(() -> addMember(scenario))
                    .isInstanceOf(DevinConnectionException.class).hasMessageContaining("no response within 300 ms");
        }

        @Test
        @DisplayName("is down (raw and typed)")
        void down() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            var scenario = scenario(timingOut("http://127.0.0.1:" + closedPort));

            assertThatThrownBy(() -> scenario.invalidRequest().contentType(ContentType.JSON).body(INVALID_BODY).post(PATH, ORG))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("cannot connect");
            assertThatThrownBy(() -> addMember(scenario))
                    .isInstanceOf(DevinConnectionException.class).hasMessageContaining("cannot connect");
        }
    }

    @Nested
    @DisplayName("is safe to point at production")
    class Safety {

        @Test
        @DisplayName("read-only: a request that would change the tenant is not sent, and the scenario is skipped saying why")
        void readOnlySkipsWrites() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS)));
            var scenario = scenario(readOnly());

            assertThatThrownBy(() -> scenario.request().contentType(ContentType.JSON).body(VALID_BODY).post(PATH, ORG))
                    .isInstanceOf(TestAbortedException.class).hasMessageContaining("DEVIN_LIVE_ALLOW_WRITES=true");
            assertThatThrownBy(() -> addMember(scenario))
                    .isInstanceOf(TestAbortedException.class).hasMessageContaining("DEVIN_LIVE_ALLOW_WRITES=true");
            assertThat(tenant.getAllServeEvents()).as("requests the tenant received").isEmpty();
        }

        @Test
        @DisplayName("read-only: requests without credentials, and invalid ones, are sent (they must be refused without acting)")
        void readOnlySendsRequestsThatCannotAct() {
            tenant.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                    .withBody("{\"detail\":[{\"loc\":[\"body\",\"user_ids\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}")));
            var scenario = scenario(readOnly());

            scenario.invalidRequest().contentType(ContentType.JSON).body(INVALID_BODY).post(PATH, ORG);

            assertThat(tenant.getAllServeEvents()).hasSize(1);
        }

        @Test
        @DisplayName("writes: a request carrying an id that is not a configured test id is not sent")
        void writesOnlyToTestIds() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS)));
            var scenario = scenario(writable());

            assertThatThrownBy(() -> scenario.request().contentType(ContentType.JSON)
                    .body("{\"user_ids\":[\"user-test-0001\"],\"org_ids\":[\"org-live-0001\"]}").post(PATH, ORG))
                    .isInstanceOf(TestAbortedException.class).hasMessageContaining("user_ids 'user-test-0001'");
            assertThatThrownBy(() -> scenario.request().contentType(ContentType.JSON).body(VALID_BODY).post(PATH, "org-elsewhere"))
                    .isInstanceOf(TestAbortedException.class).hasMessageContaining("org_id 'org-elsewhere'");
            assertThat(tenant.getAllServeEvents()).isEmpty();
        }

        @Test
        @DisplayName("writes: a recorded scenario is replayed with the configured ids, never the recording's")
        void replaysRecordingsWithTheConfiguredIds() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS)));
            RecordedScenario recorded = recordings.scenarios().stream()
                    .filter(candidate -> candidate.name().equals("add-one-user-to-one-org")).findFirst().orElseThrow();

            new RecordingReplay(Optional.empty()).replay(recorded, recorded.recordings().get(0), scenario(writable()));

            tenant.verify(1, postRequestedFor(urlEqualTo("/v2/enterprise/organizations/org-live-0001/members"))
                    .withRequestBody(equalToJson(VALID_BODY)));
        }

        @Test
        @DisplayName("sends at most the request budget, retries included; the request past it fails unsent")
        void requestBudget() {
            tenant.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not authenticated\"}")));
            var scenario = scenario(configuration(tenant.baseUrl(), false, 2, Duration.ofSeconds(5)));

            scenario.unauthenticatedRequest().post(PATH, ORG);
            scenario.unauthenticatedRequest().post(PATH, ORG);
            assertThatThrownBy(() -> scenario.unauthenticatedRequest().post(PATH, ORG))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("request budget is spent: 2 requests");
            assertThat(tenant.getAllServeEvents()).hasSize(2);
        }
    }

    private SuccessResponse addMember(io.github.devinapi.contract.scenario.Scenario scenario) {
        DevinClient devin = scenario.devin();
        return devin.execute(devin.organizations().addOrganizationMembers(ORG,
                new EnterpriseBulkOrgMembersUpdate().userIds(List.of(scenario.ids().user(1))).orgIds(List.of(ORG))));
    }

    private io.github.devinapi.contract.scenario.Scenario scenario(LiveConfiguration configuration) {
        TargetClients clients = new TargetClients(new LiveTarget(configuration, validator));
        opened.add(clients);
        return clients.scenario("live outcome", ScenarioSource.HAND_WRITTEN, validator, ExchangeLog.discard());
    }

    private static LiveConfiguration readOnly() {
        return configuration(tenant.baseUrl(), false, 50, Duration.ofSeconds(5));
    }

    private static LiveConfiguration writable() {
        return configuration(tenant.baseUrl(), true, 50, Duration.ofSeconds(5));
    }

    /** Writes allowed, so that typed calls (which write) are sent too; a short timeout per request. */
    private static LiveConfiguration timingOut(String baseUrl) {
        return configuration(baseUrl, true, 50, Duration.ofMillis(300));
    }

    private static LiveConfiguration configuration(String baseUrl, boolean writes, int maxRequests, Duration timeout) {
        return new LiveConfiguration(baseUrl, "live-outcomes-test-key", ORG, USERS, writes, maxRequests, timeout, true);
    }
}
