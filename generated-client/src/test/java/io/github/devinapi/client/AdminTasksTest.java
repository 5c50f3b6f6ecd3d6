package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each of the README's admin tasks sends the request it should and reads the answer; the README shows them as compiled. */
class AdminTasksTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String MEMBERS = "/v2/enterprise/organizations/org-1/members";

    private final DevinClient devin =
            TestClients.against(server, new ManualTime()).build();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        devin.close();
    }

    @Test
    void add_members_posts_the_users_orgs_and_role() {
        server.stubFor(post(MEMBERS).willReturn(okJson("{\"status\":\"success\"}")));

        AdminTasks.addMembers(devin);

        server.verify(
                1,
                postRequestedFor(urlEqualTo(MEMBERS))
                        .withRequestBody(
                                equalToJson(
                                        "{\"org_ids\":[\"org-1\"],\"user_ids\":[\"user-1\",\"user-2\"],\"org_role\":\"member\"}")));
    }

    @Test
    void list_members_goes_through_every_page_item_by_item_then_page_by_page() {
        server.stubFor(get(urlPathEqualTo(MEMBERS))
                .withQueryParam("skip", absent())
                .willReturn(okJson(members(0, 100, true))));
        server.stubFor(get(urlPathEqualTo(MEMBERS))
                .withQueryParam("skip", equalTo("100"))
                .willReturn(okJson(members(100, 1, false))));

        AdminTasks.listMembers(devin, out);

        List<String> lines = printed().lines().collect(Collectors.toList());
        assertThat(lines).hasSize(103);
        assertThat(lines.subList(0, 2)).containsExactly("user0@example.com member", "user1@example.com member");
        assertThat(lines.get(100)).isEqualTo("user100@example.com member");
        assertThat(lines.subList(101, 103)).containsExactly("100 of 101", "1 of 101");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(MEMBERS))).stream()
                        .map(LoggedRequest::getUrl))
                .containsExactly(
                        MEMBERS + "?limit=100",
                        MEMBERS + "?limit=100&skip=100",
                        MEMBERS + "?limit=100",
                        MEMBERS + "?limit=100&skip=100");
    }

    @Test
    void remove_member_deletes_the_membership() {
        server.stubFor(delete(MEMBERS + "/user-2").willReturn(okJson("{\"status\":\"success\"}")));

        AdminTasks.removeMember(devin);

        server.verify(1, deleteRequestedFor(urlEqualTo(MEMBERS + "/user-2")));
    }

    @Test
    void invite_users_posts_the_emails_and_prints_who_was_invited() {
        server.stubFor(post("/v2/enterprise/members/invite")
                .willReturn(okJson("{\"invited_count\":2,"
                        + "\"invitee_user_id_to_email\":{\"user-7\":\"ada@example.com\",\"user-8\":\"alan@example.com\"},"
                        + "\"status\":\"success\"}")));

        AdminTasks.inviteUsers(devin, out);

        server.verify(
                1,
                postRequestedFor(urlEqualTo("/v2/enterprise/members/invite"))
                        .withRequestBody(equalToJson("{\"emails\":[\"ada@example.com\",\"alan@example.com\"]}")));
        assertThat(printed()).isEqualTo("2 invited: [ada@example.com, alan@example.com]\n");
    }

    @Test
    void read_consumption_asks_for_the_month_and_org_and_prints_the_acus() {
        server.stubFor(
                get(urlPathEqualTo("/v2/enterprise/consumption/daily"))
                        .willReturn(
                                okJson(
                                        "{\"total_acus\":12.5,"
                                                + "\"consumption_by_date\":{\"2026-03-01\":10,\"2026-03-02\":2.5},\"consumption_by_org_id\":{\"org-1\":12.5}}")));

        AdminTasks.readConsumption(devin, out);

        server.verify(
                1,
                getRequestedFor(urlPathEqualTo("/v2/enterprise/consumption/daily"))
                        .withQueryParam("start_date", equalTo("2026-03-01T00:00:00Z"))
                        .withQueryParam("end_date", equalTo("2026-04-01T00:00:00Z"))
                        .withQueryParam("org_ids", equalTo("org-1")));
        assertThat(printed()).isEqualTo("12.5 ACUs\n2026-03-01: 10\n2026-03-02: 2.5\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"add-members", "list-members", "remove-member", "invite-users", "read-consumption"})
    void the_readme_shows_each_task_exactly_as_compiled(String task) {
        String region = Snippets.region("AdminTasks.java", task);

        assertThat(region.lines().count()).isBetween(1L, 8L);
        assertThat(Snippets.readme()).contains(Snippets.javaBlock(region));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String members(int from, int count, boolean hasMore) {
        String items = IntStream.range(from, from + count)
                .mapToObj(i -> "{\"user_id\":\"user-" + i + "\",\"email\":\"user" + i
                        + "@example.com\",\"org_id\":\"org-1\",\"org_role\":\"member\"}")
                .collect(Collectors.joining(","));
        return "{\"items\":[" + items + "],\"total\":101,\"skip\":" + from + ",\"limit\":100,\"has_more\":" + hasMore
                + "}";
    }
}
