package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The call side of a typed scenario's contract check, an application interceptor of the scenario's
 * DevinClient: it runs once per call, after the client's retries, and judges the exchange of the last
 * attempt as the wire saw it. The scenario then gets what any user of DevinClient gets: the parsed
 * body or the typed exception.
 */
public final class CallCheckInterceptor implements Interceptor {

    private final WireExchangeInterceptor wire;
    private final ExchangeCheck check;

    public CallCheckInterceptor(WireExchangeInterceptor wire, ExchangeCheck check) {
        this.wire = wire;
        this.check = check;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        Optional<Exchange> answered = wire.takeLastAttempt(chain.request());
        if (answered.isEmpty()) {
            throw new IllegalStateException("no answered exchange was seen on the wire for "
                    + chain.request().method() + " " + chain.request().url().encodedPath());
        }
        check.accept(answered.get());
        return response;
    }
}
