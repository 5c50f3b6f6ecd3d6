package io.github.devinapi.contract.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A 422 as a scenario checks it, by what the spec and HTTP fix rather than by one framework's words.
 *
 * <ul>
 *   <li>{@link #pointsAt}: where the tenant says the problem is ({@code loc}). Judged everywhere a 422 names
 *       a part of the request at all; a tenant whose 422 names none (a mock answering the schema's example,
 *       {@code ["string"]}) is noted in the report, not failed.</li>
 *   <li>{@link #says}: FastAPI's words ({@code type}, {@code msg}), which differ between pydantic versions and
 *       which the spec does not fix. Compared on the embedded tenant; elsewhere a difference is noted in the
 *       report.</li>
 * </ul>
 */
public final class Refusal {

    /** Where FastAPI's locations start: the part of the request the problem is in. */
    private static final Set<String> REQUEST_PARTS = Set.of("body", "query", "path", "header", "cookie");

    private final Scenario scenario;
    private final JsonNode detail;

    Refusal(Scenario scenario, JsonNode detail) {
        this.scenario = scenario;
        this.detail = detail;
    }

    /** The errors of {@code detail}, each as its JSON object. */
    public List<JsonNode> errors() {
        List<JsonNode> errors = new ArrayList<>();
        detail.forEach(errors::add);
        return errors;
    }

    /** Fails unless some error names {@code location} (e.g. "body", "user_ids", 0), where the tenant names locations at all. */
    public Refusal pointsAt(Object... location) {
        List<Object> expected = List.of(location);
        List<List<Object>> named = locations();
        if (named.contains(expected)) {
            return this;
        }
        if (named.stream().noneMatch(loc -> !loc.isEmpty() && REQUEST_PARTS.contains(String.valueOf(loc.get(0))))) {
            scenario.note("the 422 names no part of the request (loc " + named
                    + "), so where it points was not judged; " + "expected " + expected);
            return this;
        }
        throw new AssertionError(
                "Scenario '" + scenario.name() + "': the 422 should point at " + expected + ", it points at " + named);
    }

    /** Fails on the embedded tenant unless some error has this {@code type}; elsewhere a difference is noted. */
    public Refusal says(String type) {
        List<String> types =
                errors().stream().map(error -> error.path("type").asText()).toList();
        if (types.contains(type)) {
            return this;
        }
        if (scenario.target().isEmbedded()) {
            throw new AssertionError(
                    "Scenario '" + scenario.name() + "': the 422 should say type '" + type + "', it says " + types);
        }
        scenario.note("FastAPI's words differ (not judged on live): type " + types + " where the embedded tenant says '"
                + type + "'");
        return this;
    }

    /** As {@link #says(String)}, for the message as well. */
    public Refusal says(String type, String msg) {
        says(type);
        List<String> messages =
                errors().stream().map(error -> error.path("msg").asText()).toList();
        if (messages.contains(msg)) {
            return this;
        }
        if (scenario.target().isEmbedded()) {
            throw new AssertionError(
                    "Scenario '" + scenario.name() + "': the 422 should say '" + msg + "', it says " + messages);
        }
        scenario.note("FastAPI's words differ (not judged on live): msg " + messages
                + " where the embedded tenant says '" + msg + "'");
        return this;
    }

    private List<List<Object>> locations() {
        List<List<Object>> locations = new ArrayList<>();
        for (JsonNode error : detail) {
            List<Object> loc = new ArrayList<>();
            error.path("loc").forEach(part -> loc.add(part.isInt() ? (Object) part.asInt() : part.asText()));
            locations.add(loc);
        }
        return locations;
    }
}
