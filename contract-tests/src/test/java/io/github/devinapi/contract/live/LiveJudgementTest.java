package io.github.devinapi.contract.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.contract.live.LiveFixture.PATH;
import static io.github.devinapi.contract.live.LiveFixture.SUCCESS;
import static io.github.devinapi.contract.live.LiveFixture.addMember;
import static io.github.devinapi.contract.live.LiveFixture.invalidBody;
import static io.github.devinapi.contract.live.LiveFixture.validBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a live run makes of what a tenant answers: each answer from a stand-in tenant on a free port, through
 * the same scenarios, validation and clients as a real run. It fails on what the spec or HTTP fixes (status,
 * content type, body schema, where a 422 points), never on one framework version's words.
 */
@ExtendWith(ContractRunExtension.class)
@DisplayName("A live run judges")
class LiveJudgementTest {

    @RegisterExtension
    static WireMockExtension tenant = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final LiveFixture live;

    LiveJudgementTest(ContractRun run) {
        this.live = new LiveFixture(run.validator(), tenant.baseUrl());
    }

    @BeforeEach
    void serveTheTestOrganization() {
        LiveFixture.serveTestOrg(tenant);
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Nested
    @DisplayName("and fails, naming the rule, when the tenant answers")
    class Failing {

        @Test
        @DisplayName("a success whose body has a field of the wrong type (raw and typed)")
        void wrongType() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson("{\"status\":1}")));
            var scenario = live.writable();

            assertThatThrownBy(() -> scenario.request()
                            .contentType(ContentType.JSON)
                            .body(validBody(scenario.ids()))
                            .post(PATH, scenario.ids().org(1)))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("response body at /status")
                    .hasMessageContaining("validation.response.body.schema.type");
            assertThatThrownBy(() -> addMember(scenario))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("the server: response body at /status");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"{\"status\": 42}", "{\"detail\": \"x\"}"})
        @DisplayName("a body without Content-Type: the missing media type, and the body is still checked")
        void noContentType(String body) {
            int status = body.contains("detail") ? 422 : 200;
            tenant.stubFor(
                    any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
            var scenario = live.writable();

            assertThatThrownBy(() -> sendValid(scenario))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("contract.response.contentType.missing")
                    .hasMessageContaining("validation.response.body.schema");
        }

        @Test
        @DisplayName("an HTML page with 200 where JSON is declared")
        void htmlSuccess() {
            tenant.stubFor(any(anyUrl())
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "text/html")
                            .withBody("<html><body>Maintenance</body></html>")));

            assertThatThrownBy(() -> sendValid(live.writable()))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("validation.response.contentType.notAllowed");
        }

        @Test
        @DisplayName("a status the spec does not declare, unless the scenario expects exactly it")
        void undeclaredStatus() {
            tenant.stubFor(any(anyUrl()).willReturn(json(403, "{\"detail\":\"Forbidden\"}")));
            var scenario = live.writable();

            assertThatThrownBy(() -> sendValid(scenario))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("validation.response.status.unknown");

            tenant.stubFor(any(anyUrl()).willReturn(json(401, "{\"detail\":\"Not authenticated\"}")));
            var absent = scenario.ids().absent();
            scenario.unauthenticatedRequest()
                    .contentType(ContentType.JSON)
                    .body(validBody(absent))
                    .post(PATH, absent.org(1));
            assertThat(scenario.lastVerdict().specGap())
                    .as("401 expected by the scenario: a spec gap")
                    .isTrue();
        }

        @Test
        @DisplayName("5xx on every attempt, once the retries are spent (raw and typed)")
        void serverError() {
            // No Retry-After: with "Retry-After: 0", OkHttp itself repeats a 503 once within each attempt.
            tenant.stubFor(any(anyUrl()).willReturn(json(503, "{\"detail\":\"Service Unavailable\"}")));

            assertThatThrownBy(() -> sendValid(live.writable()))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("status 503");
            assertThat(posts()).as("the first attempt and two retries").isEqualTo(3);
            assertThatThrownBy(() -> addMember(live.writable()))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("status 503");
        }

        @Test
        @DisplayName("2xx to an invalid request: the server accepted an invalid request")
        void acceptsInvalid() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS)));
            var scenario = live.readOnly();
            var absent = scenario.ids().absent();

            assertThatThrownBy(() -> scenario.invalidRequest()
                            .contentType(ContentType.JSON)
                            .body(invalidBody(absent))
                            .post(PATH, absent.org(1)))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("the server accepted an invalid request");
        }

        @Test
        @DisplayName("2xx to a request without credentials: open authentication")
        void openAuthentication() {
            tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS)));
            var scenario = live.readOnly();
            var absent = scenario.ids().absent();

            assertThatThrownBy(() -> scenario.unauthenticatedRequest()
                            .contentType(ContentType.JSON)
                            .body(validBody(absent))
                            .post(PATH, absent.org(1)))
                    .isInstanceOf(ContractViolationError.class)
                    .hasMessageContaining("the server accepted an invalid request")
                    .hasMessageContaining("security.bearer");
        }

        @Test
        @DisplayName("a 422 that points at another field than the one at fault")
        void wrongLocation() {
            tenant.stubFor(
                    any(anyUrl())
                            .willReturn(
                                    json(
                                            422,
                                            "{\"detail\":[{\"loc\":[\"body\",\"org_ids\"],\"msg\":\"field required\",\"type\":\"value_error.missing\"}]}")));
            var scenario = live.readOnly();

            sendInvalid(scenario);

            assertThatThrownBy(() -> scenario.refusal().pointsAt("body", "user_ids"))
                    .hasMessageContaining("should point at [body, user_ids], it points at [[body, org_ids]]");
        }
    }

    @Nested
    @DisplayName("and passes, when the tenant conforms in its own words")
    class Passing {

        @Test
        @DisplayName("pydantic 1's 422 (value_error.missing, field required): the words are noted, not failed")
        void pydanticOneWords() {
            tenant.stubFor(
                    any(anyUrl())
                            .willReturn(
                                    json(
                                            422,
                                            "{\"detail\":[{\"loc\":[\"body\",\"user_ids\"],\"msg\":\"field required\",\"type\":\"value_error.missing\"}]}")));
            var scenario = live.readOnly();

            sendInvalid(scenario);

            scenario.refusal().pointsAt("body", "user_ids").says("missing", "Field required");
        }

        @Test
        @DisplayName("a mock's 422 that names no part of the request (Prism's example): where it points is not judged")
        void schemaExample() {
            tenant.stubFor(any(anyUrl())
                    .willReturn(
                            json(422, "{\"detail\":[{\"loc\":[\"string\"],\"msg\":\"string\",\"type\":\"string\"}]}")));
            var scenario = live.readOnly();

            sendInvalid(scenario);

            scenario.refusal().pointsAt("body", "user_ids").says("missing");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {"application/json; charset=utf-8", "application/json;charset=ISO-8859-1", "application/json"
                })
        @DisplayName("a success with extra fields, under any JSON media type")
        void extraFieldsAndCharset(String contentType) {
            tenant.stubFor(any(anyUrl())
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", contentType)
                            .withBody("{\"status\":\"success\",\"request_id\":\"r-1\",\"added\":2}")));

            SuccessResponse added = addMember(live.writable());

            assertThat(added.getStatus()).isEqualTo("success");
        }

        @Test
        @DisplayName("429, then success: the typed call passes, and only the final answer is judged")
        void rateLimitedThenSuccess() {
            tenant.stubFor(any(anyUrl())
                    .inScenario("rate limited")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                    .willSetStateTo("allowed"));
            tenant.stubFor(any(anyUrl())
                    .inScenario("rate limited")
                    .whenScenarioStateIs("allowed")
                    .withRequestBody(containing("user_ids"))
                    .willReturn(okJson(SUCCESS)));

            assertThat(addMember(live.writable()).getStatus()).isEqualTo("success");
            assertThat(posts()).isEqualTo(2);
        }

        @Test
        @DisplayName("429, then the answer: the raw request passes, its final exchange judged")
        void rateLimitedThenAnswerRaw() {
            tenant.stubFor(any(anyUrl())
                    .inScenario("rate limited")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                    .willSetStateTo("allowed"));
            tenant.stubFor(
                    any(anyUrl())
                            .inScenario("rate limited")
                            .whenScenarioStateIs("allowed")
                            .willReturn(
                                    json(
                                            422,
                                            "{\"detail\":[{\"loc\":[\"body\",\"user_ids\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}")));
            var scenario = live.readOnly();

            Response response = sendInvalid(scenario);

            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(scenario.lastExchange().response().status()).isEqualTo(422);
            assertThat(tenant.getAllServeEvents()).hasSize(2);
        }
    }

    /** The POSTs the tenant received (not what the run reads of the test organization to restore it). */
    private static int posts() {
        return (int) tenant.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .count();
    }

    private static Response sendValid(io.github.devinapi.contract.scenario.Scenario scenario) {
        return scenario.request()
                .contentType(ContentType.JSON)
                .body(validBody(scenario.ids()))
                .post(PATH, scenario.ids().org(1));
    }

    private static Response sendInvalid(io.github.devinapi.contract.scenario.Scenario scenario) {
        var absent = scenario.ids().absent();
        return scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(invalidBody(absent))
                .post(PATH, absent.org(1));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
