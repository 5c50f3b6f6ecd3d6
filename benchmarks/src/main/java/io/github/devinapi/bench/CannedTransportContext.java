package io.github.devinapi.bench;

import io.github.devinapi.contract.scenario.RestAssuredContractFilter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSender;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stands in for RestAssuredTransport: answers in place of the network, and leaves what the transport leaves for
 * the contract filter, the request as sent (copied once, with the URI it was sent to).
 */
final class CannedTransportContext implements FilterContext {

    private final Map<String, Object> values = new HashMap<>();
    private final String uri;
    private final Response canned;

    CannedTransportContext(String uri, Response canned) {
        this.uri = uri;
        this.canned = canned;
    }

    @Override
    public void setValue(String name, Object value) {
        values.put(name, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getValue(String name) {
        return (T) values.get(name);
    }

    @Override
    public boolean hasValue(String name) {
        return values.containsKey(name);
    }

    @Override
    public boolean hasValue(String name, Object value) {
        return Objects.equals(values.get(name), value);
    }

    @Override
    public Response send(RequestSender requestSender) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Response next(FilterableRequestSpecification request, FilterableResponseSpecification response) {
        values.put(RestAssuredContractFilter.SENT, RestAssuredContractFilter.request(request, uri));
        return canned;
    }
}
