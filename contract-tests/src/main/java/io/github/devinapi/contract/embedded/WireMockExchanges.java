package io.github.devinapi.contract.embedded;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import io.github.devinapi.contract.validation.Exchange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WireMock's view of an exchange, in the suite's terms. */
final class WireMockExchanges {

    private WireMockExchanges() {}

    static Exchange.Request request(Request request) {
        String url = request.getUrl();
        int question = url.indexOf('?');
        String body = request.getBodyAsString();
        return new Exchange.Request(
                request.getMethod().getName(),
                question < 0 ? url : url.substring(0, question),
                question < 0 ? null : url.substring(question + 1),
                headers(request.getHeaders()),
                body == null || body.isEmpty() ? null : body);
    }

    static Exchange.Response response(LoggedResponse response) {
        String body = response.getBodyAsString();
        return new Exchange.Response(
                response.getStatus(), headers(response.getHeaders()), body == null || body.isEmpty() ? null : body);
    }

    private static Map<String, List<String>> headers(HttpHeaders headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (headers != null) {
            for (HttpHeader header : headers.all()) {
                map.put(header.key(), header.values());
            }
        }
        return map;
    }
}
