package io.github.devinapi.bench;

import static io.github.devinapi.bench.ValidExchange.ACCEPT;
import static io.github.devinapi.bench.ValidExchange.BEARER;
import static io.github.devinapi.bench.ValidExchange.JSON;
import static io.github.devinapi.bench.ValidExchange.REQUEST_JSON;
import static io.github.devinapi.bench.ValidExchange.USER_AGENT;

import java.nio.charset.StandardCharsets;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** A network interceptor's chain that answers one request in place of the network, always with the same response. */
final class CannedChain extends UntimedChain {

    private final Request request;
    private final Response canned;

    private CannedChain(Request request, Response canned) {
        this.request = request;
        this.canned = canned;
    }

    /** The request the generated client puts on the wire (headers set, body serialised), answered with success. */
    static CannedChain forRequest(String requestBody) {
        // As a network interceptor sees it: OkHttp has already copied the body's type into Content-Type.
        Request request = new Request.Builder()
                .url("http://127.0.0.1:9" + Members.PATH)
                .header("Authorization", BEARER)
                .header("Content-Type", REQUEST_JSON)
                .header("Accept", ACCEPT)
                .header("User-Agent", USER_AGENT)
                .post(RequestBody.create(requestBody.getBytes(StandardCharsets.UTF_8), Members.JSON_TYPE))
                .build();
        Response canned = new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .header("Content-Type", JSON)
                .body(ResponseBody.create(LoopbackServer.SUCCESS, MediaType.get(JSON)))
                .build();
        return new CannedChain(request, canned);
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public Response proceed(Request request) {
        return canned; // its body is a buffer: the interceptor peeks at it, never consumes it
    }

    @Override
    public Call call() {
        throw new UnsupportedOperationException();
    }
}
