package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's snippet works as shown. */
class UsageSampleTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String PATH = "/v2/enterprise/organizations/org-1/members";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void adds_the_member_and_prints_the_status() {
        server.stubFor(post(PATH).willReturn(okJson("{\"status\":\"success\"}")));

        run();

        server.verify(
                1,
                postRequestedFor(urlEqualTo(PATH))
                        .withHeader("Authorization", equalTo("Bearer sample-key"))
                        .withRequestBody(equalToJson("{\"org_ids\":[\"org-1\"],\"user_ids\":[\"user-1\"]}")));
        assertThat(text(out)).isEqualTo("success\n");
        assertThat(text(err)).isEmpty();
    }

    @Test
    void prints_each_validation_error_of_a_422() {
        server.stubFor(
                post(PATH)
                        .willReturn(
                                aResponse()
                                        .withStatus(422)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"detail\":[{\"loc\":[\"body\",\"user_ids\",0],\"msg\":\"Unknown user\",\"type\":\"value_error\"}]}")));

        run();

        assertThat(text(err)).isEqualTo("[body, user_ids, 0]: Unknown user\n");
    }

    @Test
    void prints_the_message_of_any_other_failure() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(403).withBody("{\"detail\":\"Not an admin\"}")));

        run();

        assertThat(text(err)).startsWith("POST " + PATH + " failed with HTTP 403: Not an admin.");
    }

    @Test
    void the_snippet_is_about_ten_lines_between_its_markers() {
        assertThat(Snippets.region("UsageSample.java", "start").lines().count()).isBetween(8L, 12L);
    }

    @Test
    void the_readme_shows_exactly_this_snippet() {
        assertThat(Snippets.readme()).contains(Snippets.javaBlock(Snippets.region("UsageSample.java", "start")));
    }

    private void run() {
        UsageSample.addMember(
                "sample-key",
                server.baseUrl(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
