package io.github.devinapi.bench;

import static io.github.devinapi.bench.ValidExchange.ACCEPT;
import static io.github.devinapi.bench.ValidExchange.BEARER;
import static io.github.devinapi.bench.ValidExchange.JSON;
import static io.github.devinapi.bench.ValidExchange.REQUEST_JSON;
import static io.github.devinapi.bench.ValidExchange.RESPONSE_BODY;
import static io.github.devinapi.bench.ValidExchange.USER_AGENT;

import io.github.devinapi.contract.scenario.RestAssuredRequests;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The exchange as the suite's Rest Assured filter is handed it: the request specification a scenario's request
 * becomes, and the filter context the transport leaves.
 */
record RestAssuredExchange(FilterableRequestSpecification request, FilterContext context) {

    /**
     * Sends the request once through Rest Assured with the suite's settings, caught by a filter that answers in
     * place of the network, so that the specification is the one a run would build.
     */
    static RestAssuredExchange of(String requestBody) {
        Response canned = new ResponseBuilder()
                .setStatusCode(200)
                .setStatusLine("HTTP/1.1 200 OK")
                .setHeaders(new Headers(new Header("Content-Type", JSON)))
                .setContentType(JSON)
                .setBody(RESPONSE_BODY)
                .build();
        AtomicReference<FilterableRequestSpecification> caught = new AtomicReference<>();
        RestAssuredRequests.given("http://127.0.0.1:9", (request, response, context) -> {
                    caught.set(request);
                    return canned;
                })
                .header("Authorization", BEARER)
                .header("User-Agent", USER_AGENT)
                .accept(ACCEPT)
                .contentType(REQUEST_JSON)
                .body(requestBody)
                .post(Members.PATH);
        FilterableRequestSpecification request = caught.get();
        return new RestAssuredExchange(request, new CannedTransportContext(request.getURI(), canned));
    }
}
