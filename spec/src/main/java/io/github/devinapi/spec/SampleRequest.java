package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to one operation, as JSON values: parameters by name and the body (null for none).
 * Path and query values are JSON so that their types are kept until they are put on the wire.
 */
public record SampleRequest(
        SpecOperation operation,
        Map<String, JsonNode> pathParameters,
        Map<String, JsonNode> queryParameters,
        JsonNode body) {

    public SampleRequest {
        pathParameters = new LinkedHashMap<>(pathParameters);
        queryParameters = new LinkedHashMap<>(queryParameters);
    }

    SampleRequest withQuery(Map<String, JsonNode> query) {
        return new SampleRequest(operation, pathParameters, query, body);
    }

    SampleRequest withBody(JsonNode newBody) {
        return new SampleRequest(operation, pathParameters, queryParameters, newBody);
    }

    /** A variant that the server must refuse with 422, naming {@code expectedLocation} as FastAPI does. */
    public record Invalid(String name, SampleRequest request, List<Object> expectedLocation) {}
}
