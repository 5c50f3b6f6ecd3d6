package io.github.devinapi.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/** Logs each attempt: its request and outcome at INFO, with redacted headers and bodies at DEBUG. */
final class HttpLogInterceptor implements Interceptor {

    private final HttpLog log;

    HttpLogInterceptor(HttpLog log) {
        this.log = log;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!log.logs(LogLevel.INFO)) {
            return chain.proceed(request);
        }
        String target = request.method() + " " + request.url();
        log.info("--> " + target);
        if (log.logs(LogLevel.DEBUG)) {
            headers(">", request.headers());
            requestBody(request.body());
        }
        long started = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            log.info("<-- failed " + target + ": " + e + " (" + millisSince(started) + " ms)");
            throw e;
        }
        log.info("<-- " + response.code() + " " + target + " (" + millisSince(started) + " ms)");
        if (log.logs(LogLevel.DEBUG)) {
            headers("<", response.headers());
            responseBody(response);
        }
        return response;
    }

    private void headers(String direction, Headers headers) {
        for (int i = 0; i < headers.size(); i++) {
            log.debug(direction + " " + headers.name(i) + ": "
                    + log.redactor().header(headers.name(i), headers.value(i)));
        }
    }

    private void requestBody(RequestBody body) {
        if (body == null || body.isDuplex() || body.isOneShot()) {
            return;
        }
        try {
            Buffer buffer = new Buffer();
            body.writeTo(buffer);
            long shown = Math.min(buffer.size(), ErrorContext.RAW_BODY_LIMIT);
            log.debug("> " + buffer.readString(shown, StandardCharsets.UTF_8) + truncation(buffer.size(), shown));
        } catch (IOException e) {
            log.debug("> (body not readable: " + e + ")");
        }
    }

    private void responseBody(Response response) {
        try {
            byte[] bytes = response.peekBody(ErrorContext.RAW_BODY_LIMIT + 1L).bytes();
            int shown = Math.min(bytes.length, ErrorContext.RAW_BODY_LIMIT);
            log.debug("< " + new String(bytes, 0, shown, StandardCharsets.UTF_8) + truncation(bytes.length, shown));
        } catch (IOException e) {
            log.debug("< (body not readable: " + e + ")");
        }
    }

    private static String truncation(long size, long shown) {
        return size > shown ? " ... (cut)" : "";
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
