package io.github.devinapi.contract.scenario;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;

/**
 * Rest Assured requests for a target: its base URL, connect and read timeouts, the contract filters,
 * and logging that never shows the token.
 */
public final class RestAssuredRequests {

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .logConfig(LogConfig.logConfig()
                    .blacklistHeader("Authorization")
                    .enableLoggingOfRequestAndResponseIfValidationFails())
            // Send Content-Type exactly as the scenario sets it: no charset appended behind its back.
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private RestAssuredRequests() {
    }

    public static RequestSpecification given(String baseUrl, Duration timeout, Filter... filters) {
        int millis = Math.toIntExact(timeout.toMillis());
        // Apache HttpClient's parameter names: connecting, and the wait for each read of the answer.
        RestAssuredConfig config = CONFIG.httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", millis)
                .setParam("http.socket.timeout", millis));
        RequestSpecification request = RestAssured.given().config(config).baseUri(baseUrl);
        for (Filter filter : filters) {
            request.filter(filter);
        }
        return request;
    }
}
