package io.github.devinapi.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.contract.model.ContractOperation;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The media types the spec declares for a status of an operation. */
final class DeclaredContent {

    private DeclaredContent() {}

    /** Whether the spec declares a JSON media type for {@code status} (or its range, or the default). */
    static boolean isJson(ContractOperation operation, int status) {
        JsonNode responses = operation.spec().node().path("responses");
        JsonNode response = responses.has(Integer.toString(status))
                ? responses.get(Integer.toString(status))
                : responses.has(status / 100 + "XX") ? responses.get(status / 100 + "XX") : responses.path("default");
        Iterator<String> mediaTypes = response.path("content").fieldNames();
        while (mediaTypes.hasNext()) {
            String mediaType = mediaTypes.next().toLowerCase(Locale.ROOT);
            if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
                return true;
            }
        }
        return false;
    }

    /** The response as it would be with the JSON media type the spec declares. */
    static Exchange.Response asJson(Exchange.Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
        headers.put("Content-Type", List.of("application/json"));
        return new Exchange.Response(response.status(), headers, response.body());
    }
}
