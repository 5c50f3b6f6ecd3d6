package io.github.devinapi.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.run.ContractRun;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the validator bites: deliberately broken exchanges are each caught, with the rule and the
 * JSON pointer named, and conforming variants the schema allows pass.
 */
@ExtendWith(ContractRunExtension.class)
@DisplayName("The contract validator")
class ContractValidatorBitesTest {

    private static final String PATH = "/v2/enterprise/organizations/org-test-0001/members";
    private static final String VALID_BODY = "{\"user_ids\":[\"user-test-0001\"],\"org_ids\":[\"org-test-0001\"]}";
    private static final String OK_BODY = "{\"status\":\"success\"}";

    private final ContractValidator validator;

    ContractValidatorBitesTest(ContractRun run) {
        this.validator = run.validator();
    }

    static Stream<Arguments> brokenExchanges() {
        return Stream.of(
                arguments(
                        "wrong type in a 200 body",
                        request(VALID_BODY),
                        response(200, "application/json", "{\"status\":1}"),
                        Expectation.conforming(),
                        "validation.response.body.schema.type",
                        "/status"),
                arguments(
                        "a required field missing in a 422 body",
                        request(VALID_BODY),
                        response(422, "application/json", "{\"detail\":[{\"loc\":[\"body\"],\"type\":\"missing\"}]}"),
                        Expectation.conforming(),
                        "validation.response.body.schema.required",
                        "/detail/0"),
                arguments(
                        "loc containing a boolean",
                        request(VALID_BODY),
                        response(
                                422,
                                "application/json",
                                "{\"detail\":[{\"loc\":[\"body\",true],\"msg\":\"m\",\"type\":\"missing\"}]}"),
                        Expectation.conforming(),
                        "validation.response.body.schema.type",
                        "/detail/0/loc/1"),
                arguments(
                        "a status the spec does not declare",
                        request(VALID_BODY),
                        response(500, "application/json", "{\"detail\":\"boom\"}"),
                        Expectation.conforming(),
                        "validation.response.status.unknown",
                        ""),
                arguments(
                        "an undeclared status other than the one the scenario expects",
                        request(VALID_BODY),
                        response(403, "application/json", "{\"detail\":\"Forbidden\"}"),
                        Expectation.conforming().allowingUndocumentedStatus(401),
                        "validation.response.status.unknown",
                        ""),
                arguments(
                        "a text/html body where JSON is declared",
                        request(VALID_BODY),
                        response(200, "text/html", "<html><body>success</body></html>"),
                        Expectation.conforming(),
                        "validation.response.contentType.notAllowed",
                        ""),
                arguments(
                        "a request with user_ids as a string",
                        request("{\"user_ids\":\"user-test-0001\",\"org_ids\":[\"org-test-0001\"]}"),
                        response(200, "application/json", OK_BODY),
                        Expectation.conforming(),
                        "validation.request.body.schema.type",
                        "/user_ids"),
                arguments(
                        "a request without a bearer token",
                        requestWithoutBearer(VALID_BODY),
                        response(200, "application/json", OK_BODY),
                        Expectation.conforming(),
                        BearerRule.RULE,
                        ""),
                arguments(
                        "a negative scenario whose request conforms after all",
                        request(VALID_BODY),
                        response(200, "application/json", OK_BODY),
                        Expectation.conforming().sendingInvalidRequest(),
                        "scenario.invalidRequest",
                        ""),
                arguments(
                        "an invalid request the server accepted with a success",
                        request("{\"org_ids\":[\"org-test-0001\"]}"),
                        response(200, "application/json", OK_BODY),
                        Expectation.conforming().sendingInvalidRequest(),
                        ContractValidator.INVALID_REQUEST_ACCEPTED,
                        ""),
                arguments(
                        "a request without credentials the server accepted with a success",
                        requestWithoutBearer(VALID_BODY),
                        response(200, "application/json", OK_BODY),
                        Expectation.conforming().sendingInvalidRequest().allowingUndocumentedStatus(401),
                        ContractValidator.INVALID_REQUEST_ACCEPTED,
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenExchanges")
    @DisplayName("catches")
    void catchesBrokenExchanges(
            String what,
            Exchange.Request request,
            Exchange.Response response,
            Expectation expectation,
            String rule,
            String pointer) {
        Verdict verdict = validator.check(new Exchange(request, response), expectation);

        assertThat(verdict.conforms()).as(what).isFalse();
        assertThat(verdict.violations()).as(what).anySatisfy(violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.pointer()).isEqualTo(pointer);
        });
    }

    static Stream<Arguments> conformingExchanges() {
        return Stream.of(
                arguments(
                        "extra properties the schema allows",
                        request(VALID_BODY),
                        response(200, "application/json", "{\"status\":\"success\",\"request_id\":\"r-1\"}")),
                arguments(
                        "integer loc, with pydantic's extra input and ctx",
                        request("{\"user_ids\":[1],\"org_ids\":[]}"),
                        response(
                                422,
                                "application/json",
                                "{\"detail\":[{\"type\":\"string_type\",\"loc\":[\"body\",\"user_ids\",0],"
                                        + "\"msg\":\"Input should be a valid string\",\"input\":1,\"ctx\":{}}]}")),
                arguments(
                        "omitted optional fields, request and response",
                        request(VALID_BODY),
                        response(200, "application/json", "{}")),
                arguments(
                        "explicit nulls for the optional fields",
                        request("{\"user_ids\":[],\"org_ids\":[],\"org_role\":null,\"group_names\":null}"),
                        response(200, "application/json", OK_BODY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformingExchanges")
    @DisplayName("passes")
    void passesConformingVariants(String what, Exchange.Request request, Exchange.Response response) {
        Expectation expectation =
                response.status() == 422 ? Expectation.conforming().sendingInvalidRequest() : Expectation.conforming();

        Verdict verdict = validator.check(new Exchange(request, response), expectation);

        assertThat(verdict.violations()).as(what).isEmpty();
    }

    @Test
    @DisplayName("lets a scenario expect an undocumented status, and reports it as a spec gap")
    void undocumentedStatusExpectedIsASpecGap() {
        Exchange exchange = new Exchange(
                request(VALID_BODY), response(401, "application/json", "{\"detail\":\"Not authenticated\"}"));

        Verdict verdict = validator.check(exchange, Expectation.conforming().allowingUndocumentedStatus(401));

        assertThat(verdict.conforms()).isTrue();
        assertThat(verdict.specGap()).isTrue();
    }

    @Test
    @DisplayName("names the scenario, operation, status, JSON pointer and rule in its failure message")
    void failureMessageNamesEverything() {
        Verdict verdict = validator.check(
                new Exchange(request(VALID_BODY), response(200, "application/json", "{\"status\":1}")),
                Expectation.conforming());

        assertThat(verdict.describeFailure("add one user"))
                .contains(
                        "scenario 'add one user'",
                        "addOrganizationMembers (POST /v2/enterprise/organizations/{org_id}/members)",
                        "status 200",
                        "response body at /status: integer found, string expected",
                        "rule validation.response.body.schema.type");
    }

    private static Exchange.Request request(String body) {
        return new Exchange.Request(
                "POST",
                PATH,
                null,
                Exchange.Headers.of("Content-Type", "application/json", "Authorization", "Bearer fake-token"),
                body);
    }

    private static Exchange.Request requestWithoutBearer(String body) {
        return new Exchange.Request("POST", PATH, null, Exchange.Headers.of("Content-Type", "application/json"), body);
    }

    private static Exchange.Response response(int status, String contentType, String body) {
        return new Exchange.Response(status, Exchange.Headers.of("Content-Type", contentType), body);
    }
}
