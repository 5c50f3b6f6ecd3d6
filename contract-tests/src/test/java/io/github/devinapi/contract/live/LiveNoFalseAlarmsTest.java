package io.github.devinapi.contract.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.github.devinapi.contract.live.LiveFixture.SUCCESS;
import static io.github.devinapi.contract.live.LiveFixture.addMember;
import static io.github.devinapi.contract.live.LiveFixture.json;
import static io.github.devinapi.contract.live.LiveFixture.posts;
import static io.github.devinapi.contract.live.LiveFixture.sendInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.run.ContractRun;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a live run does not fail on: a stand-in tenant on a free port that conforms in its own words (another
 * framework version's 422 wording, extra fields, a charset, a 429 before the answer) passes, through the same
 * scenarios, validation and clients as a real run.
 */
@DisplayName("A live run passes when the tenant conforms in its own words")
class LiveNoFalseAlarmsTest extends AgainstStandInTenant {

    LiveNoFalseAlarmsTest(ContractRun run) {
        super(run);
    }

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
                .willReturn(json(422, "{\"detail\":[{\"loc\":[\"string\"],\"msg\":\"string\",\"type\":\"string\"}]}")));
        var scenario = live.readOnly();

        sendInvalid(scenario);

        scenario.refusal().pointsAt("body", "user_ids").says("missing");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"application/json; charset=utf-8", "application/json;charset=ISO-8859-1", "application/json"})
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
        assertThat(posts(tenant)).isEqualTo(2);
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
