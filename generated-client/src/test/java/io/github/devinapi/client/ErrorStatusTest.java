package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.MEMBERS_PATH;
import static io.github.devinapi.client.TestClients.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.model.ValidationError;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error status of any operation becomes the matching exception, with what a person needs to act. */
class ErrorStatusTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final ManualTime time = new ManualTime();

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class, "check the arguments"),
                Arguments.of(401, AuthenticationException.class, "DEVIN_API_KEY"),
                Arguments.of(403, PermissionDeniedException.class, "enterprise admin"),
                Arguments.of(404, NotFoundException.class, "ids in the path"),
                Arguments.of(409, UnexpectedStatusException.class, "does not expect this status"),
                Arguments.of(422, UnprocessableEntityException.class, "validationErrors()"),
                Arguments.of(429, RateLimitException.class, "Rate limited"),
                Arguments.of(500, InternalServerException.class, "try again later"),
                Arguments.of(501, InternalServerException.class, "try again later"),
                Arguments.of(503, InternalServerException.class, "try again later"));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @MethodSource("statuses")
    void an_error_status_becomes_its_exception_with_status_method_path_body_and_advice(
            int status, Class<? extends DevinApiException> expected, String advice) {
        String body = "{\"detail\":\"the server's words\"}";
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));

        DevinApiException thrown = callWith(TestClients.against(server, time).maxRetries(0));

        assertThat(thrown).isExactlyInstanceOf(expected);
        assertThat(thrown.statusCode()).isEqualTo(OptionalInt.of(status));
        assertThat(thrown.method()).isEqualTo("POST");
        assertThat(thrown.path()).isEqualTo(MEMBERS_PATH);
        assertThat(thrown.rawBody()).isEqualTo(body);
        assertThat(thrown.retryCount()).isZero();
        assertThat(thrown.getMessage())
                .startsWith("POST " + MEMBERS_PATH + " failed with HTTP " + status + ": the server's words.")
                .contains(advice);
        server.verify(1, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void a_422_lists_the_validation_errors_with_integer_locations() {
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"detail\":[{\"loc\":[\"body\",\"user_ids\",0],\"msg\":\"Input should be a valid string\","
                                        + "\"type\":\"string_type\"},{\"loc\":[\"body\",\"org_ids\"],\"msg\":\"Field required\","
                                        + "\"type\":\"missing\"}]}")));

        UnprocessableEntityException thrown =
                (UnprocessableEntityException) callWith(TestClients.against(server, time));

        List<ValidationError> errors = thrown.validationErrors();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).getLoc())
                .containsExactly(ScalarUnion.of("body"), ScalarUnion.of("user_ids"), ScalarUnion.of(0));
        assertThat(errors.get(0).getLoc().get(2).isInteger()).isTrue();
        assertThat(errors.get(0).getMsg()).isEqualTo("Input should be a valid string");
        assertThat(errors.get(0).getType()).isEqualTo("string_type");
        assertThat(errors.get(1).getLoc()).containsExactly(ScalarUnion.of("body"), ScalarUnion.of("org_ids"));
        assertThat(thrown.getMessage())
                .contains("HTTP 422: body.user_ids[0]: Input should be a valid string; body.org_ids: Field required.");
        server.verify(1, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void a_422_whose_detail_is_not_a_list_still_explains_itself() {
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(aResponse().withStatus(422).withBody("{\"detail\":{\"reason\":\"org is archived\"}}")));

        UnprocessableEntityException thrown =
                (UnprocessableEntityException) callWith(TestClients.against(server, time));

        assertThat(thrown.validationErrors()).isEmpty();
        assertThat(thrown.getMessage()).contains("HTTP 422: {\"reason\":\"org is archived\"}.");
    }

    @Test
    void a_plain_string_detail_is_shown_as_such() {
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"Not authenticated\"}")));

        DevinApiException thrown = callWith(TestClients.against(server, time));

        assertThat(thrown).isInstanceOf(AuthenticationException.class);
        assertThat(thrown.getMessage())
                .startsWith("POST " + MEMBERS_PATH + " failed with HTTP 401: Not authenticated.");
    }

    @Test
    void an_error_without_a_body_says_so() {
        server.stubFor(post(MEMBERS_PATH).willReturn(aResponse().withStatus(404)));

        DevinApiException thrown = callWith(TestClients.against(server, time));

        assertThat(thrown).isInstanceOf(NotFoundException.class);
        assertThat(thrown.rawBody()).isEmpty();
        assertThat(thrown.getMessage()).contains("HTTP 404: (no explanation in the body).");
    }

    @Test
    void a_large_error_body_is_kept_only_up_to_the_bound() {
        String huge = "x".repeat(200_000);
        server.stubFor(post(MEMBERS_PATH).willReturn(aResponse().withStatus(400).withBody(huge)));

        DevinApiException thrown = callWith(TestClients.against(server, time));

        assertThat(thrown).isInstanceOf(BadRequestException.class);
        assertThat(thrown.rawBody()).hasSize(ErrorContext.RAW_BODY_LIMIT);
        assertThat(thrown.getMessage()).hasSizeLessThan(2_000);
    }

    @Test
    void a_429_tells_how_long_the_server_asked_to_wait() {
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "7")
                        .withBody("{\"detail\":\"Too many requests\"}")));

        RateLimitException thrown =
                (RateLimitException) callWith(TestClients.against(server, time).maxRetries(1));

        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(thrown.retryCount()).isEqualTo(1);
        assertThat(thrown.getMessage()).contains("the server asks to wait 7 s").endsWith("Gave up after 1 retry.");
        server.verify(2, postRequestedFor(urlEqualTo(MEMBERS_PATH)));
    }

    @Test
    void an_html_gateway_page_is_summarised_by_its_title() {
        server.stubFor(
                post(MEMBERS_PATH)
                        .willReturn(
                                aResponse()
                                        .withStatus(502)
                                        .withHeader("Content-Type", "text/html")
                                        .withBody(
                                                "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>")));

        DevinApiException thrown = callWith(TestClients.against(server, time).maxRetries(0));

        assertThat(thrown).isInstanceOf(InternalServerException.class);
        assertThat(thrown.statusCode()).hasValue(502);
        assertThat(thrown.rawBody()).startsWith("<html>");
        assertThat(thrown.getMessage()).contains("HTTP 502: an HTML page (text/html), not JSON: \"502 Bad Gateway\".");
    }

    private DevinApiException callWith(DevinClientBuilder builder) {
        try (DevinClient client = builder.build()) {
            return catchThrowableOfType(
                    DevinApiException.class,
                    () -> client.execute(client.organizations().addOrganizationMembers("org-1", members())));
        }
    }
}
