package io.github.devinapi.bench;

import com.google.gson.Gson;
import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.LogLevel;
import io.github.devinapi.client.invoker.ApiClient;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * The clients of both sides, with the same OkHttp settings: OkHttp's defaults (connection pool of 5 idle
 * connections kept 5 minutes), plus TCP_NODELAY, which OkHttp leaves off. Without it, a request written in more
 * than one piece (a streamed body) waits for the loopback server's delayed ACK, about 40 ms per request here,
 * which would swamp the microseconds measured.
 */
final class Clients {

    private Clients() {}

    /** A plain OkHttpClient with those settings: the baseline itself, or the base of a DevinClient. */
    static OkHttpClient okHttp() {
        return new OkHttpClient.Builder()
                .socketFactory(new NoDelaySocketFactory())
                .build();
    }

    /**
     * A DevinClient on its own copy of the same settings, logging off. It is handed the OkHttpClient only to set
     * TCP_NODELAY, so it does not own that client's pool: {@link #close(DevinClient, OkHttpClient)} releases both.
     */
    static DevinClient devin(String baseUrl, OkHttpClient base) {
        return DevinClient.builder()
                .apiKey(Members.API_KEY)
                .baseUrl(baseUrl)
                .okHttpClient(base)
                .logLevel(LogLevel.OFF)
                .build();
    }

    /** Retrofit as the generated code expects it (the generated Gson), with none of DevinClient's runtime. */
    static Retrofit plainRetrofit(String baseUrl, OkHttpClient http) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl + "/")
                .client(http)
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(GsonConverterFactory.create(Members.GSON))
                .build();
    }

    /**
     * The same Retrofit with the client's own converter factory in place of Retrofit's Gson converter (the
     * factory is internal to the client, so it is reached by reflection): what the converter alone changes.
     */
    static Retrofit retrofitWithClientConverters(String baseUrl, OkHttpClient http) {
        Converter.Factory converters;
        try {
            Constructor<?> constructor =
                    Class.forName("io.github.devinapi.client.JsonConverters").getDeclaredConstructor(Gson.class);
            constructor.setAccessible(true);
            converters = (Converter.Factory) constructor.newInstance(Members.GSON);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "the client has no converter factory io.github.devinapi.client.JsonConverters", e);
        }
        return new Retrofit.Builder()
                .baseUrl(baseUrl + "/")
                .client(http)
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(converters)
                .build();
    }

    /**
     * The stock openapi-generator invoker, as its users set it up: {@code ApiClient} with the spec's bearer
     * scheme and key, aimed at the base URL, on a copy of {@code http} (for the same socket settings).
     */
    static ApiClient stockApiClient(String baseUrl, OkHttpClient http) {
        ApiClient client = new ApiClient("bearerAuth");
        client.setBearerToken(Members.API_KEY);
        client.getAdapterBuilder().baseUrl(baseUrl + "/");
        client.configureFromOkclient(http);
        return client;
    }

    static void close(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    static void close(DevinClient devin, OkHttpClient base) {
        devin.close();
        close(base);
    }

    private static final class NoDelaySocketFactory extends SocketFactory {

        private final SocketFactory sockets = SocketFactory.getDefault();

        @Override
        public Socket createSocket() throws IOException {
            return noDelay(sockets.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return noDelay(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return noDelay(sockets.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return noDelay(sockets.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return noDelay(sockets.createSocket(address, port, localAddress, localPort));
        }

        private static Socket noDelay(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
