package io.github.devinapi.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import java.time.Duration;
import java.util.List;

/** Clients aimed at a WireMock server, waiting on manual time, with deterministic jitter. */
final class TestClients {

    static final String API_KEY = "test-key-not-a-secret";
    static final String MEMBERS_PATH = "/v2/enterprise/organizations/org-1/members";

    private TestClients() {}

    static DevinClientBuilder against(WireMockExtension server, ManualTime time) {
        return DevinClient.builder()
                .apiKey(API_KEY)
                .baseUrl(server.baseUrl())
                .timeout(Duration.ofSeconds(5))
                .sleeper(time)
                .clock(time.clock())
                .jitter(() -> 0.0);
    }

    static EnterpriseBulkOrgMembersUpdate members() {
        return new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of("user-1", "user-2"))
                .orgIds(List.of("org-1"));
    }
}
