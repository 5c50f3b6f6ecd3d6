package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.validation.Exchange;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rest Assured adapter: every request a scenario sends, with the final response it gets (after the
 * retries of {@link RestAssuredTransport}), goes through an {@link ExchangeCheck}.
 */
public final class RestAssuredContractFilter implements OrderedFilter {

    private final ExchangeCheck check;

    public RestAssuredContractFilter(ExchangeCheck check) {
        this.check = check;
    }

    /**
     * Where {@link RestAssuredTransport} leaves the request it sent, in the suite's terms, so that it is copied
     * once: building the URI goes through Rest Assured's dynamic Groovy code and costs more than the rest of
     * the copy. A transport of its own (a benchmark standing in for Rest Assured's) leaves it here the same way.
     */
    public static final String SENT = RestAssuredContractFilter.class.getName() + ".sent";

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        Exchange.Request sent = context.getValue(SENT);
        check.accept(new Exchange(sent != null ? sent : request(request), response(response)));
        return response;
    }

    /** Just before the transport, so that it sees the request exactly as the other filters leave it. */
    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 1;
    }

    static Exchange.Request request(FilterableRequestSpecification request) {
        return request(request, request.getURI());
    }

    /** The request as sent to {@code uri}, which is {@code request.getURI()}: what a transport leaves under {@link #SENT}. */
    public static Exchange.Request request(FilterableRequestSpecification request, String sentTo) {
        URI uri = URI.create(sentTo);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : request.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        if (request.getContentType() != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            headers.put("Content-Type", List.of(request.getContentType()));
        }
        return new Exchange.Request(
                request.getMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body(request.getBody()));
    }

    private static String body(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }

    private static Exchange.Response response(Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        String body = response.getBody().asString();
        return new Exchange.Response(response.getStatusCode(), headers, body.isEmpty() ? null : body);
    }
}
