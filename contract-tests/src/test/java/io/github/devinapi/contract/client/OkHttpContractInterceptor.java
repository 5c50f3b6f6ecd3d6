package io.github.devinapi.contract.client;

import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/** OkHttp adapter for typed calls through the generated client: every exchange goes through an {@link ExchangeCheck}. */
public final class OkHttpContractInterceptor implements Interceptor {

    private final ExchangeCheck check;

    public OkHttpContractInterceptor(ExchangeCheck check) {
        this.check = check;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        String body = response.peekBody(Long.MAX_VALUE).string();
        check.accept(new Exchange(request(request),
                new Exchange.Response(response.code(), response.headers().toMultimap(), body.isEmpty() ? null : body)));
        return response;
    }

    private static Exchange.Request request(Request request) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers().toMultimap());
        RequestBody body = request.body();
        String text = null;
        if (body != null) {
            // An application interceptor runs before OkHttp adds Content-Type from the body.
            if (body.contentType() != null && request.header("Content-Type") == null) {
                headers.put("Content-Type", List.of(body.contentType().toString()));
            }
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            text = buffer.readUtf8();
        }
        return new Exchange.Request(request.method(), request.url().encodedPath(), request.url().encodedQuery(), headers,
                text == null || text.isEmpty() ? null : text);
    }
}
