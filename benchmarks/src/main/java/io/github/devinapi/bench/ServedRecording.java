package io.github.devinapi.bench;

import static io.github.devinapi.bench.ValidExchange.JSON;
import static io.github.devinapi.bench.ValidExchange.REQUEST_HEADERS;
import static io.github.devinapi.bench.ValidExchange.RESPONSE_BODY;

import com.github.tomakehurst.wiremock.common.DataTruncationSettings;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The exchange as the embedded tenant's listener is handed it: a serve event as WireMock completes it for a
 * request a recording answered, with that recording and its stub's id.
 */
record ServedRecording(UUID stubId, Recording recording, ServeEvent event) {

    static ServedRecording of(ContractValidator validator, Exchange exchange, String requestBody) {
        UUID stubId = UUID.randomUUID();
        StubMapping stub = new StubMapping();
        stub.setId(stubId);
        Recording recording = new Recording(
                "validation benchmark",
                Path.of("mappings", "bench.json"),
                "mappings/bench.json",
                null,
                exchange,
                List.of(),
                validator.check(exchange, Expectation.conforming()));
        LoggedRequest request = LoggedRequest.createFrom(new ImmutableRequest.Builder()
                .withAbsoluteUrl("http://127.0.0.1:9" + Members.PATH)
                .withMethod(RequestMethod.POST)
                .withProtocol("HTTP/1.1")
                .withClientIp("127.0.0.1")
                .withHeaders(new HttpHeaders(REQUEST_HEADERS.entrySet().stream()
                        .map(header -> new HttpHeader(header.getKey(), header.getValue()))
                        .toList()))
                .withBody(requestBody.getBytes(StandardCharsets.UTF_8))
                .build());
        Response response = new Response.Builder()
                .status(200)
                .headers(new HttpHeaders(new HttpHeader("Content-Type", JSON)))
                .body(RESPONSE_BODY)
                .build();
        ServeEvent event =
                ServeEvent.of(request).withStubMapping(stub).complete(response, DataTruncationSettings.NO_TRUNCATION);
        return new ServedRecording(stubId, recording, event);
    }
}
