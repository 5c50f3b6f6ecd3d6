package io.github.devinapi.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Invocation;
import retrofit2.http.Streaming;

/**
 * Reads response bodies inside the attempt that received them, so that a body cut off in transit is a
 * failure of that attempt (and can be retried), and so that an error body is never read past a bound.
 */
final class ResponseBodies {

    private ResponseBodies() {}

    /**
     * The response with its body in memory: whole for a success (unless the operation streams), at most
     * {@value ErrorContext#RAW_BODY_LIMIT} bytes for an error.
     */
    static Response settled(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null || (response.isSuccessful() && streams(response.request()))) {
            return response;
        }
        if (response.isSuccessful()) {
            // Read to its end into the body's own buffer: the connection goes back to the pool, the body stays
            // readable, and neither the bytes nor the response are copied.
            try {
                body.source().request(Long.MAX_VALUE);
            } catch (IOException | RuntimeException e) {
                body.close();
                throw e;
            }
            return response;
        }
        try (body) {
            Buffer buffer = bounded(body.source());
            return response.newBuilder()
                    .body(ResponseBody.create(buffer, body.contentType(), buffer.size()))
                    .build();
        }
    }

    /** The first {@value ErrorContext#RAW_BODY_LIMIT} bytes of the body as text, without consuming it. */
    static String preview(ResponseBody body) {
        try {
            BufferedSource source = body.source();
            source.request(ErrorContext.RAW_BODY_LIMIT);
            long size = Math.min(source.getBuffer().size(), ErrorContext.RAW_BODY_LIMIT);
            return source.getBuffer().snapshot((int) size).string(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Buffer bounded(BufferedSource source) {
        Buffer buffer = new Buffer();
        try {
            long remaining = ErrorContext.RAW_BODY_LIMIT;
            long read;
            while (remaining > 0 && (read = source.read(buffer, remaining)) != -1) {
                remaining -= read;
            }
        } catch (IOException e) {
            // The status already says what failed; a partial error body still helps to explain it.
        }
        return buffer;
    }

    private static boolean streams(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        return invocation != null && invocation.method().isAnnotationPresent(Streaming.class);
    }
}
