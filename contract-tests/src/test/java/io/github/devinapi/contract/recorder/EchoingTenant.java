package io.github.devinapi.contract.recorder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;

/**
 * A tenant to record from that behaves like a careless real one: it insists on the real key, sets cookies,
 * and echoes secrets and ids in headers and bodies, so that what a recording keeps of them shows.
 */
final class EchoingTenant {

    private EchoingTenant() {}

    /** Adding members answers 200 with the echoes, a body without user_ids 422, no key 401; the test org's lists are empty. */
    static void serve(WireMockExtension tenant, String key, String org) {
        tenant.stubFor(any(anyUrl())
                .atPriority(1)
                .withHeader("Authorization", absent())
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"Not authenticated\"}")));
        tenant.stubFor(any(anyUrl())
                .atPriority(2)
                .withHeader("Authorization", equalTo("Bearer " + key))
                .withRequestBody(containing("user_ids"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Set-Cookie", "session=s3ss10n-v4lue; HttpOnly")
                        .withHeader("X-Session-Token", "t0k3n-v4lue")
                        .withHeader("X-Request-Org", org)
                        .withBody("{\"status\":\"success\",\"session_token\":\"t0k3n-v4lue\",\"echo\":\"Bearer " + key
                                + "\"}")));
        tenant.stubFor(any(anyUrl())
                .atPriority(2)
                .withHeader("Authorization", equalTo("Bearer " + key))
                .withRequestBody(notContaining("user_ids"))
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"user_ids\"],\"msg\":\"Field required\","
                                        + "\"input\":{\"org_ids\":[\"" + org + "\"]}}]}")));
        for (String list : List.of("members", "groups")) { // what the run reads of the test org to restore it
            tenant.stubFor(get(urlPathEqualTo("/v2/enterprise/organizations/" + org + "/" + list))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + key))
                    .willReturn(okJson("{\"items\":[],\"total\":0,\"skip\":0,\"limit\":100,\"has_more\":false}")));
        }
    }
}
