package io.github.devinapi.contract.schemadriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import io.github.devinapi.client.DevinApiException;
import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.UnprocessableEntityException;
import io.github.devinapi.client.invoker.JSON;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.embedded.SynthesisedAnswers;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.spec.SampleRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Runs schema-driven scenarios against the embedded tenant. A valid request goes through DevinClient,
 * as a user calls it; the tenant validates it and answers with a body sampled from the schema of the
 * status the case asks for; the client must send exactly the sampled values and hand back the answer
 * as the same JSON (a parsed body, or the typed exception of an error status). An invalid request goes
 * out raw and must draw a 422 naming its location.
 *
 * <p>One runner serves any number of cases; each case is a {@link Scenario} of its own, so that it is
 * validated, reported and judged like every other scenario.
 */
public final class SchemaDrivenRunner {

    /** The page size a paged case asks for: a list of {@value} + 1 items comes in two pages. */
    public static final int PAGE_SIZE = 2;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EmbeddedTenant tenant;
    private final Function<SchemaDrivenCase, Scenario> scenarios;
    private final String reproduce;
    private final Gson gson = new JSON().getGson();
    private final ReflectiveCall calls = new ReflectiveCall(gson);

    /**
     * @param scenarios makes the scenario a case runs as, on a target served by {@code tenant}
     * @param reproduce how a failure says to repeat the run, e.g. "-Dcontract.seed=42"
     */
    public SchemaDrivenRunner(EmbeddedTenant tenant, Function<SchemaDrivenCase, Scenario> scenarios, String reproduce) {
        this.tenant = tenant;
        this.scenarios = scenarios;
        this.reproduce = reproduce;
    }

    /** Runs one case; throws AssertionError naming the case, the seed and what went wrong. */
    public void run(SchemaDrivenCase generated) {
        Scenario scenario = scenarios.apply(generated);
        try {
            int exchanges = 1;
            if (generated.paging() != null) {
                new PagedCase(tenant, calls, gson).run(generated, scenario);
                exchanges = 2;
            } else if (generated.valid()) {
                runValid(generated, scenario);
            } else {
                runInvalid(generated, scenario);
            }
            int served = tenant.served().since(Math.toIntExact(scenario.mark())).size();
            if (served != exchanges) {
                throw new AssertionError("expected " + exchanges + " exchange(s), the tenant served " + served);
            }
            scenario.finish();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(
                    "Schema-driven scenario '" + generated.describe() + "' failed (seed " + generated.seed()
                            + "; reproduce with " + reproduce + "):\n" + e.getMessage(),
                    e);
        }
    }

    private void runValid(SchemaDrivenCase generated, Scenario scenario) {
        DevinClient devin = scenario.devin();
        tenant.answerNextValidRequest(new SynthesisedAnswers.Answer(generated.expectedStatus(), generated.seed()));
        Object body = null;
        DevinApiException error = null;
        try {
            body = devin.execute(calls.call(devin, generated.operation(), generated.request()));
        } catch (DevinApiException e) {
            error = e;
        } finally {
            tenant.withdrawAnswer();
        }
        Exchange exchange = scenario.lastExchange();
        expectStatus(exchange, generated.expectedStatus());
        expectSentAsSampled(generated.request(), exchange.request());
        if (generated.expectedStatus() / 100 == 2) {
            expectParsed(exchange.response(), body);
        } else {
            expectTypedError(exchange.response(), error);
        }
    }

    private void runInvalid(SchemaDrivenCase generated, Scenario scenario) {
        SampleRequest request = generated.request();
        var given = scenario.invalidRequest().urlEncodingEnabled(false);
        if (request.body() != null) {
            given = given.contentType("application/json").body(request.body().toString());
        }
        given.request(generated.operation().method(), url(scenario, generated));
        Exchange exchange = scenario.lastExchange();
        expectStatus(exchange, 422);
        if (!hasLocation(exchange.response().body(), generated.expectedLocation())) {
            throw new AssertionError("the 422 does not name " + generated.expectedLocation() + ": "
                    + exchange.response().body());
        }
    }

    /** The path with its parameters percent-encoded, and the query, as a client would build them. */
    private static String url(Scenario scenario, SchemaDrivenCase generated) {
        HttpUrl.Builder url = HttpUrl.get(scenario.target().baseUrl()).newBuilder();
        for (String segment :
                generated.operation().pathTemplate().replaceAll("^/", "").split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                url.addPathSegment(
                        text(generated.request().pathParameters().get(segment.substring(1, segment.length() - 1))));
            } else {
                url.addPathSegment(segment);
            }
        }
        generated.request().queryParameters().forEach((name, value) -> {
            if (value.isArray()) {
                value.forEach(item -> url.addQueryParameter(name, text(item)));
            } else {
                url.addQueryParameter(name, text(value));
            }
        });
        return url.build().toString();
    }

    private static String text(JsonNode value) {
        return value == null ? "" : value.isTextual() ? value.asText() : value.toString();
    }

    private static void expectStatus(Exchange exchange, int status) {
        if (exchange.response().status() != status) {
            throw new AssertionError("expected status " + status + ", got "
                    + exchange.response().status() + ": " + exchange.response().body());
        }
    }

    /** The client sent every sampled value: path parameters, query parameters, body fields. */
    private static void expectSentAsSampled(SampleRequest sample, Exchange.Request sent) {
        String path = URLDecoder.decode(sent.rawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        sample.pathParameters().forEach((name, value) -> {
            if (!path.contains(text(value))) {
                throw new AssertionError(
                        "path parameter " + name + "=" + value + " is not in the path sent: " + sent.rawPath());
            }
        });
        String query = sent.rawQuery() == null ? "" : sent.rawQuery();
        sample.queryParameters().keySet().forEach(name -> {
            if (!(("&" + query).contains("&" + name + "="))) {
                throw new AssertionError("query parameter " + name + " was not sent: " + sent.line());
            }
        });
        if (sample.body() != null) {
            List<String> differences = JsonEquivalence.missingOrDifferent(sample.body(), tree(sent.body()));
            if (!differences.isEmpty()) {
                throw new AssertionError("the body sent differs from the sampled one at " + differences);
            }
        }
    }

    /** The client parsed the answer into its model, and the model holds what the tenant sent. */
    private void expectParsed(Exchange.Response served, Object parsed) {
        JsonNode sent = tree(served.body());
        if (sent == null) {
            if (parsed != null) {
                throw new AssertionError("no body was sent, yet the client parsed " + parsed);
            }
            return;
        }
        if (parsed == null) {
            throw new AssertionError("the client parsed nothing from " + served.body());
        }
        expectSameJson(sent, parsed, parsed.getClass().getSimpleName());
    }

    /** An error status reaches the caller as the typed exception that fits it, holding what the tenant sent. */
    private void expectTypedError(Exchange.Response served, DevinApiException error) {
        if (error == null || error.statusCode().orElse(-1) != served.status()) {
            throw new AssertionError("status " + served.status()
                    + " should reach the caller as a DevinApiException with " + "that status, got "
                    + (error == null ? "a parsed body" : error.getClass().getSimpleName()));
        }
        JsonNode detail =
                tree(served.body()) == null ? null : tree(served.body()).get("detail");
        if (error instanceof UnprocessableEntityException invalid && detail != null && detail.isArray()) {
            expectSameJson(detail, invalid.validationErrors(), "validationErrors()");
        }
    }

    private void expectSameJson(JsonNode sent, Object parsed, String what) {
        List<String> differences = JsonEquivalence.differences(sent, tree(gson.toJson(parsed)));
        if (!differences.isEmpty()) {
            throw new AssertionError("the parsed " + what + " differs from the body at " + differences);
        }
    }

    private static boolean hasLocation(String body, List<Object> expected) {
        JsonNode detail = tree(body) == null ? null : tree(body).path("detail");
        if (detail == null || !detail.isArray()) {
            return false;
        }
        for (JsonNode error : detail) {
            JsonNode loc = error.path("loc");
            boolean matches = loc.size() >= expected.size();
            for (int i = 0; matches && i < expected.size(); i++) {
                matches = loc.get(i).asText().equals(String.valueOf(expected.get(i)));
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode tree(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
