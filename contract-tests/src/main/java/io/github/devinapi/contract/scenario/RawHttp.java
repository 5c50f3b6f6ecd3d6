package io.github.devinapi.contract.scenario;

import io.restassured.builder.ResponseBuilder;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * Sends a Rest Assured request over OkHttp, exactly as the scenario built it (method, URI, headers, body
 * bytes, Content-Type or none), and hands the answer back as a Rest Assured response. The client it is
 * given sets the rules every raw request follows: one deadline for the whole exchange, connect to last
 * byte of the body, and no redirects.
 */
final class RawHttp {

    private RawHttp() {}

    /** Sends {@code spec} to {@code uri}, which is {@code spec.getURI()}, worked out once by the caller. */
    static Response send(OkHttpClient client, FilterableRequestSpecification spec, String uri) throws IOException {
        try (okhttp3.Response response = client.newCall(request(spec, uri)).execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes(); // read here, within the deadline
            List<Header> headers = new ArrayList<>();
            response.headers().forEach(header -> headers.add(new Header(header.getFirst(), header.getSecond())));
            ResponseBuilder answer = new ResponseBuilder()
                    .setStatusCode(response.code())
                    .setStatusLine(response.protocol().toString().toUpperCase(java.util.Locale.ROOT) + " "
                            + response.code() + (response.message().isEmpty() ? "" : " " + response.message()))
                    .setHeaders(new Headers(headers))
                    .setBody(bytes);
            String contentType = response.header("Content-Type");
            if (contentType != null) {
                answer.setContentType(contentType);
            }
            return answer.build();
        }
    }

    private static Request request(FilterableRequestSpecification spec, String uri) {
        Request.Builder request = new Request.Builder().url(uri);
        String contentType = spec.getContentType();
        for (Header header : spec.getHeaders()) {
            if (!header.getName().equalsIgnoreCase("Content-Type")) {
                request.addHeader(header.getName(), header.getValue());
            } else if (contentType == null) {
                contentType = header.getValue();
            }
        }
        MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
        RequestBody body = body(spec.getBody(), mediaType);
        if (contentType != null && (body == null || mediaType == null)) {
            request.header("Content-Type", contentType); // as the scenario wrote it, even if OkHttp cannot parse it
        }
        return request.method(
                        spec.getMethod(),
                        body == null && requiresBody(spec.getMethod()) ? RequestBody.create(new byte[0], null) : body)
                .build();
    }

    /** The body's bytes, in the charset its Content-Type names (UTF-8 when it names none). */
    private static RequestBody body(Object body, MediaType mediaType) {
        if (body == null) {
            return null;
        }
        byte[] bytes = body instanceof byte[] raw ? raw : body.toString().getBytes(charset(mediaType));
        return RequestBody.create(bytes, mediaType);
    }

    private static Charset charset(MediaType mediaType) {
        Charset declared = mediaType == null ? null : mediaType.charset();
        return declared == null ? StandardCharsets.UTF_8 : declared;
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
