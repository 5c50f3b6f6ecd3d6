package io.github.devinapi.contract.generated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import io.github.devinapi.client.invoker.JSON;
import io.github.devinapi.contract.report.ReportSink;
import io.github.devinapi.contract.report.Source;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.targets.Target;
import io.github.devinapi.contract.tenant.EmbeddedTenant;
import io.github.devinapi.contract.tenant.SynthesisedAnswers;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.spec.SampleRequest;
import io.github.devinapi.spec.SchemaSampler;
import io.github.devinapi.spec.SpecOperation;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * Runs schema-driven scenarios against the embedded tenant. A valid request goes through the
 * generated client; the tenant validates it and answers with a body sampled from the schema of the
 * status the case asks for; the client must send exactly the sampled values and parse the answer
 * back to the same JSON. An invalid request goes out raw and must draw a 422 naming its location.
 *
 * <p>One runner serves any number of cases; each case is a {@link Scenario} of its own, so that it is
 * validated, reported and judged like every other scenario.
 */
public final class GeneratedCaseRunner {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MODEL_PACKAGE = "io.github.devinapi.client.model.";

    private final Target target;
    private final EmbeddedTenant tenant;
    private final ContractValidator validator;
    private final ReportSink report;
    private final Gson gson = new JSON().getGson();
    private final Map<String, SpecOperation> specOperations = new ConcurrentHashMap<>();

    public GeneratedCaseRunner(Target target, ContractValidator validator, ReportSink report) {
        this.target = target;
        this.tenant = target.tenant().orElseThrow(() -> new IllegalStateException(
                "schema-driven scenarios run on the embedded tenant only"));
        this.validator = validator;
        this.report = report;
        SpecOperation.all(validator.spec().document().root()).forEach(op -> specOperations.put(op.key(), op));
    }

    /** Runs one case; throws AssertionError naming the case, the seed and what went wrong. */
    public void run(GeneratedCase generated) {
        Scenario scenario = new Scenario(generated.describe(), Source.GENERATED, target, validator, report);
        try {
            if (generated.valid()) {
                runValid(generated, scenario);
            } else {
                runInvalid(generated, scenario);
            }
            if (scenario.servedByTenant().size() != 1) {
                throw new AssertionError("expected exactly one exchange, the tenant served "
                        + scenario.servedByTenant().size());
            }
            scenario.finish();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Schema-driven scenario '" + generated.describe() + "' failed (seed "
                    + generated.seed() + "; reproduce with -D" + GeneratedCases.SEED_PROPERTY + "="
                    + GeneratedCases.configuredSeed() + "):\n" + e.getMessage(), e);
        }
    }

    private void runValid(GeneratedCase generated, Scenario scenario) {
        SpecOperation specOperation = specOperations.get(generated.operation().key());
        ReflectiveCall calls = new ReflectiveCall(gson, api -> scenario.client(api));
        tenant.answerNextValidRequest(new SynthesisedAnswers.Answer(generated.expectedStatus(), generated.seed()));
        retrofit2.Response<?> response;
        try {
            response = calls.call(specOperation.tag(), generated.operation(), generated.request()).execute();
        } catch (IOException e) {
            throw new AssertionError("the request failed: " + e, e);
        } finally {
            tenant.withdrawAnswer();
        }
        Exchange exchange = scenario.lastExchange();
        expectStatus(exchange, generated.expectedStatus());
        expectSentAsSampled(generated.request(), exchange.request());
        expectParsed(specOperation, generated.expectedStatus(), exchange.response(), response);
    }

    private void runInvalid(GeneratedCase generated, Scenario scenario) {
        SampleRequest request = generated.request();
        var given = scenario.invalidRequest().urlEncodingEnabled(false);
        if (request.body() != null) {
            given = given.contentType("application/json").body(request.body().toString());
        }
        given.request(generated.operation().method(), url(generated));
        Exchange exchange = scenario.lastExchange();
        expectStatus(exchange, 422);
        if (!hasLocation(exchange.response().body(), generated.expectedLocation())) {
            throw new AssertionError("the 422 does not name " + generated.expectedLocation() + ": "
                    + exchange.response().body());
        }
    }

    /** The path with its parameters percent-encoded, and the query, as a client would build them. */
    private String url(GeneratedCase generated) {
        HttpUrl.Builder url = HttpUrl.get(target.baseUrl()).newBuilder();
        for (String segment : generated.operation().pathTemplate().replaceAll("^/", "").split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                url.addPathSegment(text(generated.request().pathParameters().get(segment.substring(1, segment.length() - 1))));
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
            throw new AssertionError("expected status " + status + ", got " + exchange.response().status() + ": "
                    + exchange.response().body());
        }
    }

    /** The client sent every sampled value: path parameters, query parameters, body fields. */
    private static void expectSentAsSampled(SampleRequest sample, Exchange.Request sent) {
        String path = URLDecoder.decode(sent.rawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        sample.pathParameters().forEach((name, value) -> {
            if (!path.contains(text(value))) {
                throw new AssertionError("path parameter " + name + "=" + value + " is not in the path sent: " + sent.rawPath());
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
    private void expectParsed(SpecOperation operation, int status, Exchange.Response served, retrofit2.Response<?> response) {
        JsonNode sent = tree(served.body());
        Object parsed;
        if (status / 100 == 2) {
            parsed = response.body();
        } else {
            Class<?> model = modelOf(operation, status);
            parsed = sent == null ? null : gson.fromJson(served.body(), model == null ? Object.class : model);
        }
        if (sent == null) {
            if (parsed != null) {
                throw new AssertionError("no body was sent, yet the client parsed " + parsed);
            }
            return;
        }
        if (parsed == null) {
            throw new AssertionError("the client parsed nothing from " + served.body());
        }
        List<String> differences = JsonEquivalence.differences(sent, tree(gson.toJson(parsed)));
        if (!differences.isEmpty()) {
            throw new AssertionError("the parsed " + parsed.getClass().getSimpleName() + " differs from the body at "
                    + differences);
        }
    }

    /** The generated model class for a status's schema, when it is a named component. */
    private Class<?> modelOf(SpecOperation operation, int status) {
        JsonNode root = validator.spec().document().root();
        JsonNode response = new SchemaSampler(root, 0, SchemaSampler.Mode.MINIMAL)
                .resolve(operation.node().path("responses").path(Integer.toString(status)));
        String ref = response.path("content").path("application/json").path("schema").path("$ref").asText("");
        if (ref.isEmpty()) {
            return null;
        }
        try {
            return Class.forName(MODEL_PACKAGE + ref.substring(ref.lastIndexOf('/') + 1));
        } catch (ClassNotFoundException e) {
            return null;
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
