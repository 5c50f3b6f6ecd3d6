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
        Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
        if (sameOrigin(request.url())) {
            builder.header("Authorization", authorization);
        }
        return chain.proceed(builder.build());
    }

    private boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host()) && url.port() == origin.port();
    }

    @Override
    public String toString() {
        return "DefaultHeadersInterceptor{origin=" + origin + ", authorization=" + Redactor.REDACTED + "}";
    }
}
