package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.model.ConsumptionResponse;
import io.github.devinapi.client.model.PaginatedResponseSessionResponse;
import io.github.devinapi.client.model.PaginatedResponseUserOrgResponse;
import io.github.devinapi.client.model.SessionResponse;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retrofit2.Call;

/** A 2xx body with a value of the wrong JSON type is refused, naming the path; right types and unknown fields are fine. */
class StrictJsonTypesTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final String MEMBERS = "/v2/enterprise/organizations/org-1/members";
    private static final String SESSIONS = "/v2/enterprise/sessions";
    private static final String MEMBER = "{\"user_id\":\"u1\",\"email\":\"ada@example.com\",\"name\":\"Ada\","
            + "\"org_id\":\"org-1\",\"org_name\":\"Eng\",\"org_role\":\"member\"}";

    private final DevinClient devin =
            TestClients.against(server, new ManualTime()).build();

    @AfterEach
    void close() {
        devin.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a number where a string is declared  | {'items':[{'user_id':'u1','org_role':1}],'has_more':false} | $.items[0].org_role | expected a string, got the number 1",
                "a string where an integer is         | {'items':[],'total':'5','has_more':false}                   | $.total             | expected an integer, got the string \"5\"",
                "a string where a boolean is          | {'items':[],'has_more':'true'}                              | $.has_more          | expected a boolean, got the string \"true\"",
                "a boolean where a string is          | {'items':[{'email':true}],'has_more':false}                 | $.items[0].email    | expected a string, got the boolean true",
                "an object where an integer is        | {'items':[],'skip':{'n':0},'has_more':false}                | $.skip              | expected an integer, got an object",
            })
    void a_wrong_json_type_is_an_invalid_response_naming_its_path(
            String name, String body, String path, String problem) {
        server.stubFor(get(urlPathEqualTo(MEMBERS)).willReturn(okJson(body.replace('\'', '"'))));

        InvalidResponseException thrown = invalid(devin.organizations().listOrganizationMembers("org-1", null, null));

        assertThat(thrown.getMessage())
                .contains("GET " + MEMBERS + " returned HTTP 200 but the body does not fit the " + "declared type at "
                        + path + ": " + problem + ", where the API declares PaginatedResponseUserOrgResponse");
        assertThat(thrown.statusCode()).hasValue(200);
        server.verify(1, getRequestedFor(urlEqualTo(MEMBERS)));
    }

    @Test
    void a_number_where_a_string_enum_is_declared_names_its_path() {
        server.stubFor(
                get(urlPathEqualTo(SESSIONS)).willReturn(okJson("{\"items\":[{\"status\":1}],\"has_more\":false}")));

        InvalidResponseException thrown = invalid(listSessions());

        assertThat(thrown.getMessage())
                .contains("the body does not fit the declared type at $.items[0].status: "
                        + "expected a string, got the number 1,");
    }

    @Test
    void a_string_where_a_number_is_declared_in_a_map_names_the_key() {
        server.stubFor(
                get(urlPathEqualTo("/v2/enterprise/consumption/daily"))
                        .willReturn(
                                okJson(
                                        "{\"total_acus\":1.5,\"consumption_by_date\":{\"2026-03-01\":\"1.5\"},\"consumption_by_org_id\":{}}")));

        InvalidResponseException thrown =
                invalid(devin.consumption().getConsumptionDaily(null, null, null, null, null));

        assertThat(thrown.getMessage())
                .contains("the body does not fit the declared type at "
                        + "$.consumption_by_date.2026-03-01: expected a number, got the string \"1.5\",");
    }

    @Test
    void a_key_that_appears_twice_in_a_map_is_refused() {
        server.stubFor(
                get(urlPathEqualTo("/v2/enterprise/consumption/daily"))
                        .willReturn(
                                okJson(
                                        "{\"total_acus\":1,\"consumption_by_date\":{},\"consumption_by_org_id\":{\"org-1\":1,\"org-1\":2}}")));

        InvalidResponseException thrown =
                invalid(devin.consumption().getConsumptionDaily(null, null, null, null, null));

        assertThat(thrown.getMessage())
                .contains("the body does not fit the declared type at "
                        + "$.consumption_by_org_id.org-1: the key appears twice,");
    }

    @Test
    void a_string_of_the_right_type_that_is_not_a_date_time_names_its_path() {
        server.stubFor(get(urlPathEqualTo(SESSIONS))
                .willReturn(okJson("{\"items\":[{\"created_at\":\"yesterday\"}],\"has_more\":false}")));

        InvalidResponseException thrown = invalid(listSessions());

        assertThat(thrown.getMessage())
                .contains("the body does not fit the declared type at $.items[0].created_at: "
                        + "not a valid OffsetDateTime (Text 'yesterday' could not be parsed at index 0),");
    }

    @Test
    void correct_types_parse_and_unknown_fields_and_nulls_are_tolerated() {
        server.stubFor(get(urlPathEqualTo(MEMBERS))
                .willReturn(okJson("{\"items\":["
                        + MEMBER.replace("}", ",\"added_later\":{\"x\":[1,\"y\"]},\"enterprise_role\":null}")
                        + "],\"total\":1,\"skip\":0,\"limit\":100,"
                        + "\"has_more\":false,\"next_cursor\":null,\"cursor_v3\":\"abc\"}")));

        PaginatedResponseUserOrgResponse page =
                devin.execute(devin.organizations().listOrganizationMembers("org-1", null, null));

        assertThat(page.getItems()).singleElement().satisfies(member -> {
            assertThat(member.getUserId()).isEqualTo("u1");
            assertThat(member.getOrgRole()).isEqualTo("member");
            assertThat(member.getEnterpriseRole()).isNull();
        });
        assertThat(page.getTotal()).isEqualTo(1);
        assertThat(page.getHasMore()).isFalse();
        assertThat(page.getNextCursor()).isNull();
    }

    @Test
    void numbers_enums_and_date_times_of_the_right_type_parse() {
        server.stubFor(get(urlPathEqualTo(SESSIONS))
                .willReturn(okJson("{\"items\":[{\"session_id\":\"s1\","
                        + "\"status\":\"running\",\"acus_consumed\":2.5,\"created_at\":\"2026-03-01T10:00:00Z\",\"tags\":[\"a\"]}],"
                        + "\"total\":1,\"skip\":0,\"limit\":100,\"has_more\":false}")));

        PaginatedResponseSessionResponse page = devin.execute(listSessions());

        SessionResponse session = page.getItems().get(0);
        assertThat(session.getStatus()).isEqualTo(SessionResponse.StatusEnum.RUNNING);
        assertThat(session.getAcusConsumed()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(session.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-01T10:00:00Z"));
        assertThat(session.getTags()).containsExactly("a");
    }

    @Test
    void integral_numbers_in_a_number_map_parse_exactly() {
        server.stubFor(
                get(urlPathEqualTo("/v2/enterprise/consumption/daily"))
                        .willReturn(
                                okJson(
                                        "{\"total_acus\":3,\"consumption_by_date\":{\"2026-03-01\":3},\"consumption_by_org_id\":{\"org-1\":3}}")));

        ConsumptionResponse usage =
                devin.execute(devin.consumption().getConsumptionDaily(null, null, null, null, null));

        assertThat(usage.getTotalAcus()).isEqualByComparingTo("3");
        assertThat(usage.getConsumptionByOrgId()).containsKey("org-1");
    }

    private Call<PaginatedResponseSessionResponse> listSessions() {
        return devin.sessions().listSessions(null, null, null, null, null, null, null, null, null);
    }

    private <T> InvalidResponseException invalid(Call<T> call) {
        InvalidResponseException thrown =
                catchThrowableOfType(InvalidResponseException.class, () -> devin.execute(call));
        assertThat(thrown).as("an InvalidResponseException").isNotNull();
        assertThat(thrown.retryCount()).isZero();
        return thrown;
    }
}
