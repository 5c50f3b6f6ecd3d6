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
import static io.github.devinapi.contract.live.LiveFixture.readOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.DevinConnectionException;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.Scenario;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.TestAbortedException;

/**
 * A live run is bounded: each request has one deadline, connect to last byte; a tenant that stops answering
 * ends the run with one reason, the scenarios left skipped; at most the request budget is sent.
 */
@ExtendWith(ContractRunExtension.class)
@DisplayName("A live run is bounded")
class LiveBoundsTest {

    private static final Duration DEADLINE = Duration.ofMillis(400);

    @RegisterExtension
    static WireMockExtension tenant = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final LiveFixture live;

    LiveBoundsTest(ContractRun run) {
        this.live = new LiveFixture(run.validator(), tenant.baseUrl());
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    @DisplayName("a tenant that hangs: each request fails at its deadline (raw and typed)")
    void hang() {
        tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS).withFixedDelay(3_000)));

        assertThatThrownBy(() -> sendInvalid(live.scenario(live.configuration(false, 50, DEADLINE))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("got no answer: no complete answer within 400 ms");
        assertThatThrownBy(() -> readOrganization(live.scenario(live.configuration(false, 50, DEADLINE))))
                .isInstanceOf(DevinConnectionException.class)
                .hasMessageContaining("no response within 400 ms");
    }

    @Test
    @DisplayName("a body that trickles in past the deadline is cut off (raw and typed)")
    void trickle() {
        tenant.stubFor(any(anyUrl())
                .willReturn(okJson("{\"status\":\"success\",\"padding\":\"" + "x".repeat(400) + "\"}")
                        .withChunkedDribbleDelay(40, 4_000)));

        assertThatThrownBy(() -> sendInvalid(live.scenario(live.configuration(false, 50, DEADLINE))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no complete answer within 400 ms");
        assertThatThrownBy(() -> readOrganization(live.scenario(live.configuration(false, 50, DEADLINE))))
                .isInstanceOf(DevinConnectionException.class);
    }

    @Test
    @DisplayName("a tenant that stops answering: after 3 attempts in a row, nothing more is sent, and why is said once")
    void silence() {
        tenant.stubFor(any(anyUrl()).willReturn(okJson(SUCCESS).withFixedDelay(3_000)));
        Scenario scenario = live.scenario(live.configuration(false, 50, DEADLINE));

        // the first request and its retries go unanswered
        assertThatThrownBy(() -> sendInvalid(scenario)).isInstanceOf(AssertionError.class);
        int sent = tenant.getAllServeEvents().size();

        assertThat(sent).as("attempts until the run stops sending").isEqualTo(Silence.LIMIT);
        assertThatThrownBy(() -> sendInvalid(scenario))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("not run: the tenant at " + tenant.baseUrl() + " stopped answering")
                .hasMessageContaining("3 requests in a row");
        assertThatThrownBy(() -> addMember(scenario)).isInstanceOf(TestAbortedException.class);
        assertThat(tenant.getAllServeEvents()).as("nothing sent once silent").hasSize(sent);
    }

    @Test
    @DisplayName("a tenant that is down: cannot connect (raw and typed)")
    void down() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LiveFixture down = new LiveFixture(live.validator(), "http://127.0.0.1:" + closedPort);
        try {
            Scenario scenario = down.scenario(down.configuration(false, 50, DEADLINE));

            assertThatThrownBy(() -> sendInvalid(scenario))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("cannot connect");
            assertThatThrownBy(() -> readOrganization(down.scenario(down.configuration(false, 50, DEADLINE))))
                    .isInstanceOf(DevinConnectionException.class)
                    .hasMessageContaining("cannot connect");
        } finally {
            down.close();
        }
    }

    @Test
    @DisplayName("at most the request budget is sent, retries included; the request past it fails unsent")
    void requestBudget() {
        tenant.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"Not authenticated\"}")));
        Scenario scenario = live.scenario(live.configuration(false, 2, Duration.ofSeconds(5)));
        String org = scenario.ids().absent().org(1);

        scenario.unauthenticatedRequest().post(PATH, org);
        scenario.unauthenticatedRequest().post(PATH, org);
        assertThatThrownBy(() -> scenario.unauthenticatedRequest().post(PATH, org))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("request budget is spent: 2 requests");
        assertThat(tenant.getAllServeEvents()).hasSize(2);
    }

    private static void sendInvalid(Scenario scenario) {
        var absent = scenario.ids().absent();
        scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(invalidBody(absent))
                .post(PATH, absent.org(1));
    }
}
