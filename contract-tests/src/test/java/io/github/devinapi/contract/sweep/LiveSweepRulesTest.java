package io.github.devinapi.contract.sweep;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.live.LiveConfiguration;
import io.github.devinapi.contract.live.LiveTarget;
import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.ContractViolationError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sweep against stand-in tenants: what it calls, with which ids and query, and what it makes of the
 * answers (conforming, feature-gated, not reached, broken, pages that overlap or that ignore the request).
 */
@ExtendWith(ContractRunExtension.class)
@DisplayName("The live sweep")
class LiveSweepRulesTest {

    private static final String ORG = "org-sweep-0001";
    private static final String ORGANIZATIONS = "/v2/enterprise/organizations";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static WireMockExtension tenant = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final ApiContract contract;
    private final ContractValidator validator;
    private final List<SweepOutcome> outcomes = new ArrayList<>();
    private TargetClients clients;

    LiveSweepRulesTest(ContractRun run) {
        this.contract = run.contract();
        this.validator = run.validator();
    }

    @BeforeEach
    void aTenantThatServesOrganizationsOnly() {
        tenant.stubFor(any(anyUrl()).atPriority(10).willReturn(json(404, "{\"detail\":\"Not Found\"}")));
        tenant.stubFor(get(urlPathEqualTo(ORGANIZATIONS + "/" + ORG)).willReturn(okJson(organization(ORG))));
        clients = new TargetClients(new LiveTarget(
                new LiveConfiguration(
                        tenant.baseUrl(), "sweep-test-key", ORG, List.of(), false, 200, Duration.ofSeconds(5)),
                validator));
    }

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    @DisplayName("calls lists first, fills ids from their answers, asks a small page and a recent window")
    void discoversAndAsksByRule() {
        pages(page(0, 2, 5, true, "org-a", "org-b"), page(2, 3, 5, false, "org-c", "org-d", "org-e"));
        LiveSweep sweep = sweep();

        List<ContractOperation> gets = sweep.operations();
        gets.forEach(sweep::sweepQuietly);

        assertThat(gets).extracting(ContractOperation::key).first().asString().doesNotContain("{");
        assertThat(outcome("GET " + ORGANIZATIONS).detail()).isEqualTo("200, pages hold");
        assertThat(outcome("GET " + ORGANIZATIONS + "/{org_id}").kind()).isEqualTo(SweepOutcome.Kind.CONFORMS);
        tenant.verify(getRequestedFor(urlPathEqualTo(ORGANIZATIONS))
                .withQueryParam("skip", equalTo("0"))
                .withQueryParam("limit", equalTo("2")));
        tenant.verify(getRequestedFor(urlPathEqualTo("/v2/enterprise/sessions"))
                .withQueryParam("created_date_from", equalTo("2026-11-24T12:00:00Z"))
                .withQueryParam("created_date_to", equalTo("2026-12-01T12:00:00Z")));
    }

    @Test
    @DisplayName(
            "reports 403 and 404 as feature-gated, with the tenant's detail, and ids no answer gave as not reached")
    void featureGatedAndNotReached() {
        tenant.stubFor(get(urlPathEqualTo("/v2/enterprise/org-group-limits"))
                .willReturn(json(403, "{\"detail\":\"Org group limits are not enabled\"}")));
        LiveSweep sweep = sweep();

        sweep.operations().forEach(sweep::sweepQuietly);

        assertThat(outcome("GET /v2/enterprise/org-group-limits")).satisfies(gated -> {
            assertThat(gated.kind()).isEqualTo(SweepOutcome.Kind.FEATURE_GATED);
            assertThat(gated.detail()).isEqualTo("403 Org group limits are not enabled");
        });
        assertThat(outcome("GET /v2/enterprise/snapshots/{snapshot_id}")).satisfies(unreached -> {
            assertThat(unreached.kind()).isEqualTo(SweepOutcome.Kind.NOT_REACHED);
            assertThat(unreached.detail()).contains("no answer so far gave a snapshot_id");
        });
    }

    @Test
    @DisplayName("fails a list whose second page repeats the first, naming the check")
    void overlappingPages() {
        pages(page(0, 2, 5, true, "org-a", "org-b"), page(2, 3, 5, false, "org-b", "org-c", "org-d"));

        assertThatThrownBy(() -> sweep().sweep(operation("GET " + ORGANIZATIONS)))
                .hasMessageContaining("pagination.overlap: page 2 (skip 2) repeats items of page 1: [org_id=org-b]");
        assertThat(outcome("GET " + ORGANIZATIONS).kind()).isEqualTo(SweepOutcome.Kind.FAILED);
    }

    @Test
    @DisplayName("fails pages that do not echo what was asked, or whose has_more contradicts total")
    void pagesThatLie() {
        pages(page(0, 2, 5, false, "org-a", "org-b"), page(0, 3, 5, false, "org-c", "org-d", "org-e"));

        assertThatThrownBy(() -> sweep().sweep(operation("GET " + ORGANIZATIONS)))
                .hasMessageContaining("pagination.hasMore: page 1 says has_more false with skip 0, 2 items and total 5")
                .hasMessageContaining("pagination.echo: page 2 was asked for skip 2 and says skip 0");
    }

    @Test
    @DisplayName("does not judge pages that are the same whatever is asked (a mock serving the spec's examples)")
    void requestIndependentPages() {
        tenant.stubFor(get(urlPathEqualTo(ORGANIZATIONS)).willReturn(okJson(page(0, 0, 0, true, "string"))));

        SweepOutcome outcome = sweep().sweep(operation("GET " + ORGANIZATIONS));

        assertThat(outcome.kind()).isEqualTo(SweepOutcome.Kind.CONFORMS);
        assertThat(outcome.detail()).contains("pages not judged");
    }

    @Test
    @DisplayName("fails an answer that breaks the spec")
    void brokenAnswer() {
        tenant.stubFor(get(urlPathEqualTo(ORGANIZATIONS + "/" + ORG)).willReturn(okJson("{\"org_id\":1}")));

        assertThatThrownBy(() -> sweep().sweep(operation("GET " + ORGANIZATIONS + "/{org_id}")))
                .isInstanceOf(ContractViolationError.class)
                .hasMessageContaining("/org_id");
        assertThat(outcome("GET " + ORGANIZATIONS + "/{org_id}").kind()).isEqualTo(SweepOutcome.Kind.FAILED);
    }

    private LiveSweep sweep() {
        return new LiveSweep(
                contract,
                Map.of("org_id", ORG),
                name -> clients.scenario(name, ScenarioSource.LIVE_SWEEP, validator, ExchangeLog.discard()),
                outcomes::add,
                CLOCK);
    }

    private SweepOutcome outcome(String key) {
        return outcomes.stream()
                .filter(outcome -> outcome.operation().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private ContractOperation operation(String key) {
        return contract.operations().byKey(key).orElseThrow();
    }

    private static void pages(String first, String second) {
        tenant.stubFor(get(urlPathEqualTo(ORGANIZATIONS))
                .withQueryParam("skip", equalTo("0"))
                .willReturn(okJson(first)));
        tenant.stubFor(get(urlPathEqualTo(ORGANIZATIONS))
                .withQueryParam("skip", equalTo("2"))
                .willReturn(okJson(second)));
    }

    private static String page(int skip, int limit, int total, boolean more, String... ids) {
        List<String> items = new ArrayList<>();
        for (String id : ids) {
            items.add(organization(id));
        }
        return "{\"items\":[" + String.join(",", items) + "],\"total\":" + total + ",\"skip\":" + skip + ",\"limit\":"
                + limit + ",\"has_more\":" + more + "}";
    }

    private static String organization(String id) {
        return "{\"org_id\":\"" + id + "\",\"org_name\":\"" + id + "\",\"created_at\":\"2026-01-01T00:00:00Z\"}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
