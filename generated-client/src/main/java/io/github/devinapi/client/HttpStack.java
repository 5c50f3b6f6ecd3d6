package io.github.devinapi.client;

import com.google.gson.Gson;
import com.google.gson.ToNumberPolicy;
import io.github.devinapi.client.invoker.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import okhttp3.Cache;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * The OkHttp clients and the Retrofit instance behind a DevinClient. Two OkHttp clients share one
 * connection pool and dispatcher: the one Retrofit calls only retries; each attempt is a call of its own
 * on the transport, which adds the headers, logs, and applies the timeout to that attempt.
 *
 * <p>A caller's own OkHttp client keeps OkHttp's meaning of its interceptors: application interceptors
 * run once per call and see its final response, after the retries; network interceptors run once per
 * attempt and see each request as it goes on the wire.
 */
final class HttpStack implements AutoCloseable {

    /**
     * The generated Gson setup, so that the models' java.time and other adapters apply; numbers in free-form
     * values (Map<String, Object>) stay integral where they are: 0, not 0.0; and a value of the wrong JSON type
     * is refused, not coerced, naming its path, map keys included (registered last, so that they come before the
     * adapters they delegate to). Immutable and the same for every client, so built once: a new client starts
     * with the adapters earlier clients already made.
     */
    static final Gson GSON = new JSON()
            .getGson()
            .newBuilder()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
            .registerTypeAdapterFactory(new StringKeyedMaps())
            .registerTypeAdapterFactory(new StrictJsonTypes())
            .create();

    final OkHttpClient calls;
    /** The retries, for synchronous calls to use directly; null when the caller's interceptors must run around them. */
    final RetryInterceptor directRetries;
    /** The default headers, for those synchronous calls to set when their request is built; null with them. */
    final DefaultHeadersInterceptor directHeaders;

    final Retrofit retrofit;
    final Gson gson;
    final RetryPolicy retryPolicy;
    private final boolean ownsConnections;

    private HttpStack(
            OkHttpClient calls,
            RetryInterceptor directRetries,
            DefaultHeadersInterceptor directHeaders,
            Retrofit retrofit,
            Gson gson,
            RetryPolicy retryPolicy,
            boolean ownsConnections) {
        this.calls = calls;
        this.directRetries = directRetries;
        this.directHeaders = directHeaders;
        this.retrofit = retrofit;
        this.gson = gson;
        this.retryPolicy = retryPolicy;
        this.ownsConnections = ownsConnections;
    }

    static HttpStack create(Settings settings, HttpLog log) {
        OkHttpClient base = settings.okHttpClient() != null
                ? settings.okHttpClient()
                : new OkHttpClient.Builder()
                        .connectionPool(pool(settings.idleConnectionTimeout()))
                        .build();
        Duration timeout = settings.timeout();
        DefaultHeadersInterceptor headers =
                new DefaultHeadersInterceptor(settings.baseUrl(), settings.apiKey(), ClientVersion.userAgent());
        OkHttpClient.Builder transportBuilder = base.newBuilder();
        transportBuilder.interceptors().clear();
        OkHttpClient.Builder transportSettings = transportBuilder
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                // Retries are decided by RetryPolicy alone: OkHttp would silently repeat even a POST.
                .retryOnConnectionFailure(false)
                // No redirects: the key must never follow one elsewhere, and the API does not redirect.
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(headers);
        if (log.logs(LogLevel.INFO)) {
            transportSettings.addInterceptor(new HttpLogInterceptor(log)); // logging off costs nothing
        }
        OkHttpClient transport = transportSettings.build();
        RetryPolicy policy =
                new RetryPolicy(settings.safeToRetry(), settings.maxRetries(), settings.jitter(), settings.clock());
        RetryInterceptor retries = new RetryInterceptor(transport, policy, settings.sleeper(), log);
        OkHttpClient.Builder callsBuilder = base.newBuilder();
        // The caller's network interceptors run once per attempt, on the transport; its application ones once per call.
        callsBuilder.networkInterceptors().clear();
        OkHttpClient calls =
                callsBuilder.callTimeout(Duration.ZERO).addInterceptor(retries).build();
        // With no application interceptor of the caller's to run around the retries, a synchronous call needs no
        // call of its own on `calls`: it goes to the retries directly.
        boolean direct = base.interceptors().isEmpty();
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(settings.baseUrl())
                .client(calls)
                .addConverterFactory(new TimeParameterConverters())
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(new JsonConverters(GSON))
                .build();
        return new HttpStack(
                calls,
                direct ? retries : null,
                direct ? headers : null,
                retrofit,
                GSON,
                policy,
                settings.okHttpClient() == null);
    }

    /** OkHttp's pool (at most 5 idle connections), closing each one idle for longer than {@code idleTimeout}. */
    static ConnectionPool pool(Duration idleTimeout) {
        return new ConnectionPool(5, idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the dispatcher's threads and closes pooled connections, unless the caller supplied the client. */
    @Override
    public void close() {
        if (!ownsConnections) {
            return;
        }
        calls.dispatcher().executorService().shutdown();
        calls.connectionPool().evictAll();
        Cache cache = calls.cache();
        if (cache != null) {
            try {
                cache.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What the builder decided. */
    record Settings(
            String apiKey,
            HttpUrl baseUrl,
            Duration timeout,
            int maxRetries,
            Duration idleConnectionTimeout,
            OkHttpClient okHttpClient,
            Set<String> safeToRetry,
            Sleeper sleeper,
            Clock clock,
            DoubleSupplier jitter,
            LogLevel logLevel,
            Consumer<String> logSink) {

        @Override
        public String toString() {
            return "Settings{baseUrl=" + baseUrl + ", apiKey=" + Redactor.REDACTED + ", timeout=" + timeout
                    + ", maxRetries=" + maxRetries + ", logLevel=" + logLevel + "}";
        }
    }
}
