package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;
import retrofit2.Invocation;

/**
 * The wire side of a typed scenario's contract check, a network interceptor of the scenario's
 * DevinClient: it sees every attempt exactly as it goes on the wire (bearer token, content type and
 * all), lets the target admit it, and keeps the exchange it makes. {@link CallCheckInterceptor} judges
 * the last attempt of a call once DevinClient's retries are done, so that a 429 or 5xx the client
 * retries is not judged before the retry policy has had its say.
 */
public final class WireExchangeInterceptor implements Interceptor {

    private final ExchangeCheck check;
    private final Map<Object, Exchange> lastAttempts = new IdentityHashMap<>();

    public WireExchangeInterceptor(ExchangeCheck check) {
        this.check = check;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Exchange.Request sent = request(request);
        check.beforeSending(sent);
        synchronized (lastAttempts) {
            lastAttempts.remove(callOf(request)); // kept only once answered: an attempt that fails leaves nothing
        }
        Response response;
        String body;
        try {
            response = chain.proceed(request);
            body = body(response);
        } catch (IOException e) {
            check.target().unanswered(check.scenario(), sent, e);
            throw e;
        }
        check.target().answered(check.scenario());
        Exchange exchange = new Exchange(
                sent,
                new Exchange.Response(response.code(), response.headers().toMultimap(), body.isEmpty() ? null : body));
        synchronized (lastAttempts) {
            lastAttempts.put(callOf(request), exchange);
        }
        return response;
    }

    /**
     * The exchange of the last attempt of the call that {@code request} belongs to, if that attempt was
     * answered; forgotten once taken.
     */
    Optional<Exchange> takeLastAttempt(Request request) {
        synchronized (lastAttempts) {
            return Optional.ofNullable(lastAttempts.remove(callOf(request)));
        }
    }

    ExchangeCheck check() {
        return check;
    }

    /** Retrofit tags each call's request with its own Invocation; every attempt carries that tag. */
    private Object callOf(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        return invocation != null ? invocation : this;
    }

    private static Exchange.Request request(Request request) throws IOException {
        Map<String, List<String>> headers = request.headers().toMultimap(); // a fresh map, copied by Exchange.Request
        RequestBody body = request.body();
        String text = null;
        if (body != null) {
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            text = buffer.readUtf8();
        }
        return new Exchange.Request(
                request.method(),
                request.url().encodedPath(),
                request.url().encodedQuery(),
                headers,
                text == null || text.isEmpty() ? null : text);
    }

    /** The body as the client will read it: on the wire it may still be gzip-encoded. */
    private static String body(Response response) throws IOException {
        BufferedSource raw = response.peekBody(Long.MAX_VALUE).source(); // a copy of its own, in memory
        if (!"gzip".equalsIgnoreCase(response.header("Content-Encoding")) || raw.exhausted()) {
            return raw.readUtf8();
        }
        try (var gunzipped = Okio.buffer(new GzipSource(raw))) {
            return gunzipped.readUtf8();
        }
    }
}
