package io.github.devinapi.bench;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.github.devinapi.contract.validation.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one valid request/response pair {@link ValidationBenchmark} checks, in the validator core's form and the
 * suite's. Every adapter is handed the same headers and bodies, so that the sides differ only in the adapter.
 */
record ValidExchange(String requestBody, SimpleRequest coreRequest, SimpleResponse coreResponse, Exchange exchange) {

    static final String BEARER = "Bearer " + Members.API_KEY;
    static final String JSON = "application/json";
    static final String REQUEST_JSON = "application/json; charset=UTF-8";
    static final String ACCEPT = "*/*";
    static final String USER_AGENT = "devin-api-java/0.1.0 (Java 25)";
    /** The request's headers, the same whichever way it is seen (the core's baseline included). */
    static final Map<String, String> REQUEST_HEADERS = new LinkedHashMap<>(
            Map.of("Authorization", BEARER, "Content-Type", REQUEST_JSON, "Accept", ACCEPT, "User-Agent", USER_AGENT));

    static final String RESPONSE_BODY = new String(LoopbackServer.SUCCESS, StandardCharsets.UTF_8);

    static ValidExchange create() {
        String requestBody = new String(Members.json(Members.model(Members.userIds(3))), StandardCharsets.UTF_8);
        SimpleRequest.Builder coreBuilder = new SimpleRequest.Builder("POST", Members.PATH);
        REQUEST_HEADERS.forEach(coreBuilder::withHeader);
        SimpleRequest coreRequest = coreBuilder.withBody(requestBody).build();
        SimpleResponse coreResponse = SimpleResponse.Builder.status(200)
                .withHeader("Content-Type", JSON)
                .withBody(RESPONSE_BODY)
                .build();
        Exchange exchange = new Exchange(
                new Exchange.Request(
                        "POST",
                        Members.PATH,
                        null,
                        Exchange.Headers.of(REQUEST_HEADERS.entrySet().stream()
                                .flatMap(header -> Stream.of(header.getKey(), header.getValue()))
                                .toArray(String[]::new)),
                        requestBody),
                new Exchange.Response(200, Map.of("Content-Type", List.of(JSON)), RESPONSE_BODY));
        return new ValidExchange(requestBody, coreRequest, coreResponse, exchange);
    }

    /** Whether an adapter saw this request: the same headers and body as the core's. */
    boolean sameHeadersAndBody(Exchange.Request seen) {
        return seen.headers().equals(exchange.request().headers()) && requestBody.equals(seen.body());
    }
}
