package io.github.devinapi.contract.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.SuccessResponse;
import io.github.devinapi.contract.CanaryKey;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.ContractValidator;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios on a live target aimed at a stand-in tenant (a server on a free loopback port that plays the
 * tenant, well or badly), with configured test ids and a canary key made for the test.
 */
final class LiveFixture implements AutoCloseable {

    static final String ORG = "org-live-0001";
    static final List<String> USERS = List.of("user-live-0001", "user-live-0002");
    static final String PATH = "/v2/enterprise/organizations/{org_id}/members";
    static final String SUCCESS = "{\"status\":\"success\"}";

    /** Of the real shape, made here so that no credential-shaped string is ever committed. */
    final String key = CanaryKey.make();

    private final ContractValidator validator;
    private final String baseUrl;
    private final List<TargetClients> opened = new ArrayList<>();

    LiveFixture(ContractValidator validator, String baseUrl) {
        this.validator = validator;
        this.baseUrl = baseUrl;
    }

    ContractValidator validator() {
        return validator;
    }

    Scenario readOnly() {
        return scenario(configuration(false, 50, Duration.ofSeconds(5)));
    }

    Scenario writable() {
        return scenario(configuration(true, 50, Duration.ofSeconds(5)));
    }

    Scenario scenario(LiveConfiguration configuration) {
        // Retries are decided as in a run, but not waited for: the client's tests check the waits.
        TargetClients clients = new TargetClients(new LiveTarget(configuration, validator), wait -> {});
        opened.add(clients);
        return clients.scenario("live scenario", ScenarioSource.HAND_WRITTEN, validator, ExchangeLog.discard());
    }

    LiveConfiguration configuration(boolean writes, int maxRequests, Duration timeout) {
        return new LiveConfiguration(baseUrl, key, ORG, USERS, writes, maxRequests, timeout);
    }

    /** A valid body adding test user 1 to test organization 1 (of whichever ids are given). */
    static String validBody(TestIds ids) {
        return "{\"user_ids\":[\"" + ids.user(1) + "\"],\"org_ids\":[\"" + ids.org(1) + "\"]}";
    }

    /** A body without the required user_ids. */
    static String invalidBody(TestIds ids) {
        return "{\"org_ids\":[\"" + ids.org(1) + "\"]}";
    }

    /**
     * Lets a stand-in answer what the live target reads of the test organization before a write (its members
     * and groups, empty), ahead of whatever else it answers.
     */
    static void serveTestOrg(WireMockExtension tenant) {
        for (String list : List.of("members", "groups")) {
            tenant.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                    "/v2/enterprise/organizations/" + ORG + "/" + list))
                    .atPriority(1)
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                            "{\"items\":[],\"total\":0,\"skip\":0,\"limit\":100,\"has_more\":false}")));
        }
    }

    /** A typed read a scenario makes: test organization 1. */
    static Object readOrganization(Scenario scenario) {
        DevinClient devin = scenario.devin();
        return devin.execute(
                devin.organizations().getOrganization(scenario.ids().org(1)));
    }

    /** The typed call a scenario makes to add test user 1 to test organization 1. */
    static SuccessResponse addMember(Scenario scenario) {
        DevinClient devin = scenario.devin();
        TestIds ids = scenario.ids();
        return devin.execute(devin.organizations()
                .addOrganizationMembers(
                        ids.org(1),
                        new EnterpriseBulkOrgMembersUpdate()
                                .userIds(List.of(ids.user(1)))
                                .orgIds(List.of(ids.org(1)))));
    }

    @Override
    public void close() {
        opened.forEach(TargetClients::close);
    }

    /** The POSTs the tenant received (not what the run reads of the test organization to restore it). */
    static int posts(WireMockExtension tenant) {
        return (int) tenant.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getMethod().getName().equals("POST"))
                .count();
    }

    static Response sendValid(Scenario scenario) {
        return scenario.request()
                .contentType(ContentType.JSON)
                .body(validBody(scenario.ids()))
                .post(PATH, scenario.ids().org(1));
    }

    static Response sendInvalid(Scenario scenario) {
        var absent = scenario.ids().absent();
        return scenario.invalidRequest()
                .contentType(ContentType.JSON)
                .body(invalidBody(absent))
                .post(PATH, absent.org(1));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
