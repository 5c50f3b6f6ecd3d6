package io.github.devinapi.contract.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.devinapi.contract.tenant.TenantConnections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The live target's own requests (reading and restoring the test organization, cleaning up), as JSON over
 * OkHttp with the run's deadline and no redirects; each is counted in the request budget.
 */
final class TenantHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final int PAGE = 100;
    /** Bounds a list that never ends: no test organization has this many members. */
    private static final int MAX_PAGES = 100;

    private final LiveConfiguration configuration;
    private final RequestBudget budget;
    private final OkHttpClient http;

    TenantHttp(LiveConfiguration configuration, RequestBudget budget) {
        this.configuration = configuration;
        this.budget = budget;
        this.http = TenantConnections.builder()
                .callTimeout(configuration.timeout())
                .retryOnConnectionFailure(false)
                .build();
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    /** Every item of a skip/limit list. */
    List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode body = get(path + "?skip=" + page * PAGE + "&limit=" + PAGE);
            body.path("items").forEach(items::add);
            if (!body.path("has_more").asBoolean(false) || body.path("items").size() < PAGE) {
                return items;
            }
        }
        throw new IllegalStateException(path + " did not end within " + MAX_PAGES + " pages");
    }

    JsonNode send(String method, String path, Object body) {
        HttpUrl url = HttpUrl.get(configuration.baseUrl() + path);
        budget.spend(method + " " + path);
        try {
            RequestBody content = body == null
                    ? (method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0], null))
                    : RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE);
            Request request = new Request.Builder()
                    .url(url)
                    .method(method, content)
                    .header("Authorization", "Bearer " + configuration.apiKey())
                    .build();
            try (Response response = http.newCall(request).execute()) {
                String text = response.body() == null ? "" : response.body().string();
                if (!response.isSuccessful()) {
                    throw new IllegalStateException(method + " " + path + " answered " + response.code() + ": "
                            + text.replace(configuration.apiKey(), "<redacted>"));
                }
                return text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " got no answer: " + e.getMessage(), e);
        }
    }
}
