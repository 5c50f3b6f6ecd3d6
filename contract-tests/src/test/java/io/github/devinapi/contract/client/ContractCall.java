package io.github.devinapi.contract.client;

import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A typed call whose final exchange, after DevinClient's retries, is checked against the spec. A call
 * that gets no answer fails the scenario with what timed out or refused.
 */
final class ContractCall<T> implements Call<T> {

    private final Call<T> delegate;
    private final OkHttpContractInterceptor wire;
    private final String baseUrl;
    private final Duration timeout;

    ContractCall(Call<T> delegate, OkHttpContractInterceptor wire, String baseUrl, Duration timeout) {
        this.delegate = delegate;
        this.wire = wire;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    @Override
    public Response<T> execute() {
        Request request = delegate.request();
        String line = request.method() + " " + request.url().encodedPath();
        Response<T> response;
        try {
            response = delegate.execute();
        } catch (IOException | RuntimeException e) {
            Optional<Exchange> answered = wire.takeLastAttempt(request);
            if (answered.isEmpty()) {
                if (e instanceof IOException unanswered) {
                    throw Unanswered.of(wire.check().scenario(), line, baseUrl, timeout, unanswered);
                }
                throw (RuntimeException) e;
            }
            // An answer the client cannot read usually breaks the spec: the check says where.
            wire.check().accept(answered.get());
            throw new AssertionError("Scenario '" + wire.check().scenario() + "': " + line
                    + " was answered, but the typed client could not read the answer: " + e, e);
        }
        Exchange exchange = wire.takeLastAttempt(request).orElseThrow(() -> new IllegalStateException(
                "no answered exchange was seen on the wire for " + line));
        wire.check().accept(exchange);
        return response;
    }

    /** Scenarios send one request at a time: a live tenant never sees parallel requests from the suite. */
    @Override
    public void enqueue(Callback<T> callback) {
        throw new UnsupportedOperationException("scenarios call execute(): the suite sends one request at a time");
    }

    @Override
    public boolean isExecuted() {
        return delegate.isExecuted();
    }

    @Override
    public void cancel() {
        delegate.cancel();
    }

    @Override
    public boolean isCanceled() {
        return delegate.isCanceled();
    }

    @Override
    public Call<T> clone() {
        return new ContractCall<>(delegate.clone(), wire, baseUrl, timeout);
    }

    @Override
    public Request request() {
        return delegate.request();
    }

    @Override
    public Timeout timeout() {
        return delegate.timeout();
    }
}
