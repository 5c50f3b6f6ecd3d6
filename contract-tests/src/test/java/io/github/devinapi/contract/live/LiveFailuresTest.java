package io.github.devinapi.contract.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.contract.live.LiveFixture.PATH;
import static io.github.devinapi.contract.live.LiveFixture.SUCCESS;
import static io.github.devinapi.contract.live.LiveFixture.addMember;
import static io.github.devinapi.contract.live.LiveFixture.invalidBody;
import static io.github.devinapi.contract.live.LiveFixture.json;
import static io.github.devinapi.contract.live.LiveFixture.posts;
import static io.github.devinapi.contract.live.LiveFixture.sendInvalid;
import static io.github.devinapi.contract.live.LiveFixture.sendValid;
import static io.github.devinapi.contract.live.LiveFixture.validBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a live run fails on: each answer from a stand-in tenant on a free port, through the same scenarios,
 * validation and clients as a real run. It fails on what the spec or HTTP fixes (status, content type, body
 * schema, where a 422 points), naming the rule.
 */
@DisplayName("A live run fails, naming the rule, when the tenant answers")
class LiveFailuresTest extends AgainstStandInTenant {

    /** Another origin on this machine, where a misbehaving tenant sends the run. */
    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    LiveFailuresTest(ContractRun run) {
        super(run);
    }

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
        tenant.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
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
        assertThat(posts(tenant)).as("the first attempt and two retries").isEqualTo(3);
        assertThatThrownBy(() -> addMember(live.writable()))
                .isInstanceOf(ContractViolationError.class)
                .hasMessageContaining("status 503");
    }

    @Test
    @DisplayName("a redirect to another origin: not followed, and the status is named (raw and typed)")
    void crossOriginRedirect() {
        elsewhere.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS)));
        tenant.stubFor(any(anyUrl())
                .willReturn(aResponse().withStatus(307).withHeader("Location", elsewhere.baseUrl() + "/collect")));

        assertThatThrownBy(() -> sendValid(live.writable()))
                .isInstanceOf(ContractViolationError.class)
                .hasMessageContaining("status 307");
        assertThatThrownBy(() -> addMember(live.writable())).hasMessageContaining("307");
        assertThat(elsewhere.getAllServeEvents())
                .as("requests the other origin received")
                .isEmpty();
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
