package io.github.devinapi.contract.scenario;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;

/**
 * Rest Assured requests for a target: its base URL, the contract filters (the last of which sends), and
 * logging that never shows the token.
 */
public final class RestAssuredRequests {

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            // No logging on a failed assertion: a server may echo the key in a body, and the failure says enough.
            .logConfig(LogConfig.logConfig().blacklistHeader("Authorization"))
            // Send Content-Type exactly as the scenario sets it: no charset appended behind its back.
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private RestAssuredRequests() {}

    /** The request goes out through the last of {@code filters}, which sends it (Rest Assured's own transport is not used). */
    public static RequestSpecification given(String baseUrl, Filter... filters) {
        RequestSpecification request = RestAssured.given().config(CONFIG).baseUri(baseUrl);
        for (Filter filter : filters) {
            request.filter(filter);
        }
        return request;
    }
}
