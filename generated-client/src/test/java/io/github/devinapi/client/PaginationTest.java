package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.devinapi.client.model.ApiKeyResponse;
import io.github.devinapi.client.model.PaginatedResponseUserOrgResponse;
import io.github.devinapi.client.model.UserOrgResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Call;

/** Paged lists as one lazy stream: what is fetched when, where it ends, and how a list that never ends is stopped. */
class PaginationTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String MEMBERS = "/v2/enterprise/organizations/org-1/members";
    private static final String API_KEYS = "/v2/enterprise/api-keys";

    private final ManualTime time = new ManualTime();
    private DevinClient devin = TestClients.against(server, time).build();

    @AfterEach
    void close() {
        devin.close();
    }

    @Test
    void pages_are_fetched_only_when_the_stream_needs_their_items() {
        stubMembersPage(null, "u1", "u2", true);
        stubMembersPage("2", "u3", "u4", true);
        stubMembersPage("4", "u5", null, false);

        Iterator<UserOrgResponse> members = devin.paginate(listMembers(null, 2)).iterator();
        assertThat(queries()).isEmpty();

        assertThat(List.of(members.next().getUserId(), members.next().getUserId()))
                .containsExactly("u1", "u2");
        assertThat(queries()).containsExactly("limit=2");

        List<String> rest = new ArrayList<>();
        members.forEachRemaining(member -> rest.add(member.getUserId()));
        assertThat(rest).containsExactly("u3", "u4", "u5");
        assertThat(queries()).containsExactly("limit=2", "limit=2&skip=2", "limit=2&skip=4");
    }

    @Test
    void has_more_false_ends_the_list_even_after_a_full_page() {
        stubMembersPage(null, "u1", "u2", false);

        assertThat(userIds(devin.paginate(listMembers(null, 2)))).containsExactly("u1", "u2");

        assertThat(queries()).containsExactly("limit=2");
    }

    @Test
    void a_short_page_ends_the_list_whatever_has_more_says() {
        stubMembersPage(null, "u1", "u2", true);
        stubMembersPage("2", "u3", null, true);

        assertThat(userIds(devin.paginate(listMembers(null, 2)))).containsExactly("u1", "u2", "u3");

        assertThat(queries()).containsExactly("limit=2", "limit=2&skip=2");
    }

    @Test
    void the_calls_own_skip_is_the_start_and_without_a_limit_the_specs_default_100_is_the_page_size() {
        String[] hundred = IntStream.range(10, 110).mapToObj(i -> "u" + i).toArray(String[]::new);
        server.stubFor(membersAt("10").willReturn(okJson(page(true, hundred))));
        server.stubFor(membersAt("110").willReturn(okJson(page(true, "u110"))));

        assertThat(devin.paginate(listMembers(10, null)).count()).isEqualTo(101);

        assertThat(queries()).containsExactly("skip=10", "skip=110");
    }

    @Test
    void page_number_lists_advance_page_by_one_and_keep_per_page() {
        server.stubFor(get(urlPathEqualTo(API_KEYS))
                .withQueryParam("page", absent())
                .willReturn(okJson(apiKeys(true, "k1", "k2"))));
        server.stubFor(get(urlPathEqualTo(API_KEYS))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson(apiKeys(true, "k3", "k4"))));
        server.stubFor(get(urlPathEqualTo(API_KEYS))
                .withQueryParam("page", equalTo("3"))
                .willReturn(okJson(apiKeys(false, "k5"))));

        List<String> ids = devin.paginate(devin.apiKeys().listApiKeys(null, 2, null))
                .map(ApiKeyResponse::getId)
                .collect(Collectors.toList());

        assertThat(ids).containsExactly("k1", "k2", "k3", "k4", "k5");
        assertThat(queries(API_KEYS)).containsExactly("per_page=2", "per_page=2&page=2", "per_page=2&page=3");
    }

    @Test
    void pages_gives_each_page_with_its_total() {
        stubMembersPage(null, "u1", "u2", true);
        stubMembersPage("2", "u3", null, false);

        List<Integer> sizes = devin.pages(listMembers(null, 2))
                .map(page -> page.getItems().size())
                .collect(Collectors.toList());
        Integer total = devin.pages(listMembers(null, 2))
                .findFirst()
                .map(PaginatedResponseUserOrgResponse::getTotal)
                .orElseThrow();

        assertThat(sizes).containsExactly(2, 1);
        assertThat(total).isEqualTo(3);
        assertThat(queries()).containsExactly("limit=2", "limit=2&skip=2", "limit=2");
    }

    @Test
    void each_for_each_loop_over_iterate_starts_again_at_the_first_page() {
        stubMembersPage(null, "u1", null, false);
        Iterable<UserOrgResponse> members = devin.iterate(listMembers(null, 2));

        List<String> seen = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (UserOrgResponse member : members) {
                seen.add(member.getUserId());
            }
        }

        assertThat(seen).containsExactly("u1", "u1");
        assertThat(queries()).containsExactly("limit=2", "limit=2");
    }

    @Test
    void a_list_that_never_ends_is_stopped_after_max_pages_with_a_pagination_exception() {
        devin.close();
        devin = TestClients.against(server, time).maxPages(3).build();
        stubMembersPage(null, "u1", "u2", true);
        stubMembersPage("2", "u3", "u4", true);
        stubMembersPage("4", "u5", "u6", true);

        Stream<UserOrgResponse> members = devin.paginate(listMembers(null, 2));
        PaginationException thrown = catchThrowableOfType(PaginationException.class, members::count);

        assertThat(thrown)
                .hasMessage("GET /v2/enterprise/organizations/{org_id}/members (listOrganizationMembers) "
                        + "still had more after 3 pages (maxPages): stopped, so that a list that never ends cannot loop "
                        + "forever. Narrow the query or raise DevinClientBuilder.maxPages(...).");
        assertThat(thrown.method()).isEqualTo("GET");
        assertThat(thrown.path()).isEqualTo(MEMBERS);
        assertThat(queries()).containsExactly("limit=2", "limit=2&skip=2", "limit=2&skip=4");
    }

    @Test
    void a_server_that_ignores_skip_and_repeats_the_page_is_detected_on_the_second_page() {
        server.stubFor(get(urlPathEqualTo(MEMBERS)).willReturn(okJson(page(true, "u1", "u2"))));
        List<String> delivered = new ArrayList<>();

        PaginationException thrown = catchThrowableOfType(
                PaginationException.class,
                () -> devin.paginate(listMembers(null, 2)).forEach(member -> delivered.add(member.getUserId())));

        assertThat(thrown.getMessage())
                .startsWith("GET /v2/enterprise/organizations/{org_id}/members "
                        + "(listOrganizationMembers) answered skip=2 with the same 2 item(s) as the page before");
        assertThat(delivered).containsExactly("u1", "u2");
        assertThat(queries()).containsExactly("limit=2", "limit=2&skip=2");
    }

    @Test
    void an_error_on_a_later_page_is_thrown_from_the_stream_as_its_typed_exception() {
        stubMembersPage(null, "u1", "u2", true);
        server.stubFor(membersAt("2")
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"Not an admin\"}")));
        Iterator<UserOrgResponse> members = devin.paginate(listMembers(null, 2)).iterator();
        members.next();
        members.next();

        PermissionDeniedException thrown = catchThrowableOfType(PermissionDeniedException.class, members::hasNext);

        assertThat(thrown.getMessage()).startsWith("GET " + MEMBERS + " failed with HTTP 403: Not an admin.");
        assertThat(thrown.statusCode()).hasValue(403);
    }

    @Test
    void a_later_page_is_retried_like_any_call() {
        stubMembersPage(null, "u1", "u2", true);
        Sequences.answer(server, () -> membersAt("2"), aResponse().withStatus(503), okJson(page(false, "u3")));

        assertThat(userIds(devin.paginate(listMembers(null, 2)))).containsExactly("u1", "u2", "u3");

        assertThat(time.waits()).containsExactly(Duration.ofMillis(500));
        assertThat(queries()).containsExactly("limit=2", "limit=2&skip=2", "limit=2&skip=2");
    }

    @Test
    void an_empty_first_page_is_an_empty_stream() {
        server.stubFor(get(urlPathEqualTo(MEMBERS)).willReturn(okJson(page(true))));

        assertThat(devin.paginate(listMembers(null, 2)).count()).isZero();
        assertThat(queries()).containsExactly("limit=2");
    }

    @Test
    void an_operation_whose_answer_is_a_page_but_that_is_not_paged_is_refused_before_any_request() {
        Call<PaginatedResponseUserOrgResponse> unpaged =
                devin.api(ProbeApi.class).unpaged();

        assertThatThrownBy(() -> devin.paginate(unpaged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GET /v2/probes/page (unpaged) is not paged: the spec gives it no skip/limit or "
                        + "page/per_page parameters. execute(call) returns its whole answer.");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void max_pages_must_be_positive() {
        assertThatThrownBy(() -> TestClients.against(server, time).maxPages(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxPages must be 1 or more, was 0");
    }

    private Call<PaginatedResponseUserOrgResponse> listMembers(Integer skip, Integer limit) {
        return devin.organizations().listOrganizationMembers("org-1", skip, limit);
    }

    private static MappingBuilder membersAt(String skip) {
        return get(urlPathEqualTo(MEMBERS)).withQueryParam("skip", skip == null ? absent() : equalTo(skip));
    }

    private static void stubMembersPage(String skip, String first, String second, boolean hasMore) {
        String[] ids = second == null ? new String[] {first} : new String[] {first, second};
        server.stubFor(membersAt(skip).willReturn(okJson(page(hasMore, ids))));
    }

    private static String page(boolean hasMore, String... userIds) {
        String items = Stream.of(userIds)
                .map(id -> "{\"user_id\":\"" + id + "\",\"email\":\"" + id + "@example.com\"}")
                .collect(Collectors.joining(","));
        return "{\"items\":[" + items + "],\"total\":3,\"skip\":0,\"limit\":2,\"has_more\":" + hasMore
                + ",\"next_cursor\":null}";
    }

    private static String apiKeys(boolean hasMore, String... ids) {
        String items = Stream.of(ids)
                .map(id -> "{\"id\":\"" + id + "\",\"is_service_key\":false}")
                .collect(Collectors.joining(","));
        return "{\"items\":[" + items + "],\"total\":5,\"skip\":0,\"limit\":2,\"has_more\":" + hasMore + "}";
    }

    private static List<String> userIds(Stream<UserOrgResponse> members) {
        return members.map(UserOrgResponse::getUserId).collect(Collectors.toList());
    }

    private static List<String> queries() {
        return queries(MEMBERS);
    }

    /** The query of each request to the path, in the order received ("" for none). */
    private static List<String> queries(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).stream()
                .map(LoggedRequest::getUrl)
                .map(url -> url.contains("?") ? url.substring(url.indexOf('?') + 1) : "")
                .collect(Collectors.toList());
    }
}
