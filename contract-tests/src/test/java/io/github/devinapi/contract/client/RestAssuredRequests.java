package io.github.devinapi.contract.client;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;

/** Rest Assured requests for a target: its base URL, the contract filter, and logging that never shows the token. */
public final class RestAssuredRequests {

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .logConfig(LogConfig.logConfig()
                    .blacklistHeader("Authorization")
                    .enableLoggingOfRequestAndResponseIfValidationFails())
            // Send Content-Type exactly as the scenario sets it: no charset appended behind its back.
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private RestAssuredRequests() {
    }

    public static RequestSpecification given(String baseUrl, Filter contract) {
        return RestAssured.given().config(CONFIG).baseUri(baseUrl).filter(contract);
    }
}
