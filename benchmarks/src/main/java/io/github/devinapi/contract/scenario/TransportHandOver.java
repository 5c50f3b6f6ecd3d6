package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.validation.Exchange;
import io.restassured.specification.FilterableRequestSpecification;

/**
 * For the validation benchmark (in the suite's package, for its package-private parts): what {@link
 * RestAssuredTransport} hands {@link RestAssuredContractFilter} for each raw request, so that a benchmark
 * standing in for the transport does what it does besides sending.
 */
public final class TransportHandOver {

    /** The filter context's key of the request as sent. */
    public static final String KEY = RestAssuredContractFilter.SENT;

    private TransportHandOver() {
    }

    /** The request as the transport copies it, once, with the URI it sends to ({@code spec.getURI()}). */
    public static Exchange.Request sent(FilterableRequestSpecification spec, String uri) {
        return RestAssuredContractFilter.request(spec, uri);
    }
}
