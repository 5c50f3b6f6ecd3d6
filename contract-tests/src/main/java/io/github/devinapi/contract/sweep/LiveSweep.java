package io.github.devinapi.contract.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.scenario.Json;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.validation.ContractViolationError;
import io.github.devinapi.contract.validation.Expectation;
import io.restassured.response.Response;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The read-only sweep of a live tenant: every GET operation of the spec, called once, with the path ids it
 * needs discovered from the answers before it (a list of organizations gives the {@code org_id} the next
 * operations need; the configured test organization comes first) and a query by rule ({@link QueryRule}).
 * Every answer is validated; a paged list is read twice, and its pages must hold ({@link PageCheck}). A 403
 * or 404 is reported as feature-gated with the tenant's detail, not failed; an operation whose ids no answer
 * gave is reported as not reached, with why. Derived from the spec alone: no list per operation.
 */
public final class LiveSweep {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^/}]+)}");
    private static final Expectation FEATURE_GATES =
            Expectation.conforming().allowingUndocumentedStatus(403).allowingUndocumentedStatus(404);

    private final ApiContract contract;
    private final Function<String, Scenario> scenarios;
    private final Consumer<SweepOutcome> outcomes;
    private final QueryRule queries;
    private final DiscoveredIds ids = new DiscoveredIds();

    /**
     * @param preferred path parameter values to use first, e.g. {@code org_id} = the test organization
     * @param scenarios the scenario each operation is called in, by name
     * @param outcomes where each operation's outcome is reported
     */
    public LiveSweep(
            ApiContract contract,
            Map<String, String> preferred,
            Function<String, Scenario> scenarios,
            Consumer<SweepOutcome> outcomes,
            Clock clock) {
        this.contract = contract;
        this.scenarios = scenarios;
        this.outcomes = outcomes;
        this.queries = new QueryRule(clock);
        preferred.forEach(ids::prefer);
    }

    /** The GET operations in the order they are swept: fewer path ids first, so that lists come before items. */
    public List<ContractOperation> operations() {
        return contract.operations().all().stream()
                .filter(operation -> operation.method().equals("GET"))
                .sorted(Comparator.comparingInt((ContractOperation operation) ->
                                parameters(operation).size())
                        .thenComparingInt(operation -> operation.pathTemplate().length()))
                .toList();
    }

    /** Sweeps one operation and only reports what it finds: for sweeping all, where one failure should not stop the rest. */
    public SweepOutcome sweepQuietly(ContractOperation operation) {
        try {
            return sweep(operation);
        } catch (AssertionError failed) {
            return new SweepOutcome(
                    operation,
                    SweepOutcome.Kind.FAILED,
                    failed.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Sweeps one operation; throws when it breaks the contract or its pages do not hold. */
    public SweepOutcome sweep(ContractOperation operation) {
        SweepOutcome outcome;
        try {
            outcome = call(operation);
        } catch (QueryRule.NotReached why) {
            outcome = new SweepOutcome(operation, SweepOutcome.Kind.NOT_REACHED, why.getMessage());
        } catch (PagesDoNotHold broken) {
            outcomes.accept(new SweepOutcome(operation, SweepOutcome.Kind.FAILED, String.join("; ", broken.problems)));
            throw broken;
        } catch (ContractViolationError broken) {
            outcomes.accept(new SweepOutcome(
                    operation,
                    SweepOutcome.Kind.FAILED,
                    broken.verdict().violations().isEmpty()
                            ? ""
                            : broken.verdict().violations().get(0).describe()));
            throw broken;
        }
        outcomes.accept(outcome);
        return outcome;
    }

    private SweepOutcome call(ContractOperation operation) {
        String path = path(operation);
        boolean paged = QueryRule.isPaged(operation);
        Scenario scenario = scenarios.apply("live sweep: " + operation.name());
        Response first = get(scenario, path, queries.query(operation, Map.of()));
        if (first.statusCode() == 403 || first.statusCode() == 404) {
            return new SweepOutcome(
                    operation, SweepOutcome.Kind.FEATURE_GATED, first.statusCode() + " " + detail(first));
        }
        JsonNode body = Json.tree(first.asString());
        ids.learnFrom(body);
        if (!paged || !body.has("items")) {
            return new SweepOutcome(operation, SweepOutcome.Kind.CONFORMS, Integer.toString(first.statusCode()));
        }
        Response second = get(scenario, path, queries.query(operation, secondPage(operation)));
        JsonNode next = Json.tree(second.asString());
        ids.learnFrom(next);
        PageCheck pages = new PageCheck(body, QueryRule.PAGE_SIZE, next, secondLimit(operation));
        if (pages.answersDoNotDependOnTheRequest()) {
            scenario.note(
                    "the pages of " + operation.key() + " are the same whatever is asked (a mock serving the spec's "
                            + "examples?): whether they hold was not judged");
            return new SweepOutcome(
                    operation,
                    SweepOutcome.Kind.CONFORMS,
                    first.statusCode() + ", pages not judged: the " + "answers do not depend on the request");
        }
        List<String> problems = pages.problems();
        if (!problems.isEmpty()) {
            throw new PagesDoNotHold(operation, problems);
        }
        return new SweepOutcome(operation, SweepOutcome.Kind.CONFORMS, first.statusCode() + ", pages hold");
    }

    /** The next page, one size larger, so that an answer that ignores the request shows. */
    private static Map<String, String> secondPage(ContractOperation operation) {
        Map<String, String> page = new LinkedHashMap<>();
        if (hasQuery(operation, "skip")) {
            page.put("skip", Integer.toString(QueryRule.PAGE_SIZE));
            page.put("limit", Integer.toString(secondLimit(operation)));
        } else {
            page.put("page", "2");
        }
        return page;
    }

    private static int secondLimit(ContractOperation operation) {
        return hasQuery(operation, "skip") ? QueryRule.PAGE_SIZE + 1 : QueryRule.PAGE_SIZE;
    }

    private static boolean hasQuery(ContractOperation operation, String name) {
        for (JsonNode parameter : operation.spec().node().path("parameters")) {
            if (parameter.path("in").asText().equals("query")
                    && parameter.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Response get(Scenario scenario, String path, Map<String, String> query) {
        HttpUrl.Builder url = HttpUrl.get(scenario.target().baseUrl() + path).newBuilder();
        query.forEach(url::addQueryParameter);
        return scenario.request(FEATURE_GATES)
                .urlEncodingEnabled(false)
                .get(url.build().toString());
    }

    /** The template with each path parameter filled from what was discovered, percent-encoded. */
    private String path(ContractOperation operation) {
        StringBuilder path = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(operation.pathTemplate());
        int last = 0;
        while (parameter.find()) {
            String name = parameter.group(1);
            Optional<String> value = ids.first(name);
            if (value.isEmpty()) {
                throw new QueryRule.NotReached("no answer so far gave a " + name
                        + " (no list operation of the spec yields it, " + "or the lists that do were empty)");
            }
            path.append(operation.pathTemplate(), last, parameter.start())
                    .append(HttpUrl.get("http://x/")
                            .newBuilder()
                            .addPathSegment(value.get())
                            .build()
                            .encodedPath()
                            .substring(1));
            last = parameter.end();
        }
        return path.append(operation.pathTemplate().substring(last)).toString();
    }

    private static List<String> parameters(ContractOperation operation) {
        List<String> names = new java.util.ArrayList<>();
        Matcher parameter = PARAMETER.matcher(operation.pathTemplate());
        while (parameter.find()) {
            names.add(parameter.group(1));
        }
        return names;
    }

    private static String detail(Response response) {
        try {
            JsonNode detail = Json.tree(response.asString()).path("detail");
            return detail.isTextual() ? detail.asText() : detail.toString();
        } catch (AssertionError notJson) {
            return response.asString();
        }
    }

    /** Two pages of a list that break what pages must hold. */
    static final class PagesDoNotHold extends AssertionError {

        private final transient List<String> problems;

        PagesDoNotHold(ContractOperation operation, List<String> problems) {
            super("The pages of " + operation.describe() + " do not hold:\n  - " + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }
    }
}
