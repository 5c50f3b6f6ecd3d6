package io.github.devinapi.client;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the User-Agent, and the API key as a bearer token, to every attempt. The key goes only to the base
 * URL's origin: a request elsewhere (an absolute {@code @Url}, a foreign call) is sent without it.
 */
final class DefaultHeadersInterceptor implements Interceptor {

    private final HttpUrl origin;
    private final String authorization;
    private final String userAgent;

    DefaultHeadersInterceptor(HttpUrl origin, String apiKey, String userAgent) {
        this.origin = origin;
        this.authorization = "Bearer " + apiKey;
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.tag(DefaultHeadersInterceptor.class) == this) {
            return chain.proceed(request); // set where the request was built, and nothing ran since
        }
        return chain.proceed(addTo(request.newBuilder(), request.url()).build());
    }

    /**
     * Sets the headers on a request being built for {@code url}, marked so that this interceptor passes it on as
     * it is: for a request that reaches the transport with nothing between (no application interceptor), so that
     * it is built once, not twice.
     */
    Request.Builder setOn(Request.Builder builder, HttpUrl url) {
        return addTo(builder, url).tag(DefaultHeadersInterceptor.class, this);
    }

    private Request.Builder addTo(Request.Builder builder, HttpUrl url) {
        builder.header("User-Agent", userAgent);
        if (sameOrigin(url)) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host()) && url.port() == origin.port();
    }

    @Override
    public String toString() {
        return "DefaultHeadersInterceptor{origin=" + origin + ", authorization=" + Redactor.REDACTED + "}";
    }
}
