package io.github.devinapi.bench;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.api.OrganizationsApi;
import io.github.devinapi.client.model.SuccessResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * A bulk request, serialised and sent: the generated model through DevinClient against Gson's streaming JsonWriter
 * writing the same bytes straight into a raw OkHttp request body (sent chunked). From 100 to 100,000 users, to
 * show how the cost grows. DevinClient keeps a body of up to 256 KiB in memory and sends it with a Content-Length
 * (up to 10,000 users); a larger one it writes into the connection as it sends it (chunked), so that memory does
 * not grow with the body: the table shows the heap each side allocates per call against the body's size.
 *
 * <p>{@link Buffered} adds, at 100,000 users only, what DevinClient did before: the generated interface on Retrofit's
 * own Gson converter, which holds the body in memory twice.
 */
@Comparison(
        number = 2,
        title = "Bulk body: generated model through DevinClient vs streaming JsonWriter over raw OkHttp",
        target =
                "ratio <= 1.5 at 10,000 users; linear growth to 100,000; at 100,000 users (1.6 MB) streamed, with the heap "
                        + "allocated per call under 3x the body",
        maxRatio = 1.5,
        targetAt = "users=10000")
@PerUnit(param = "users", unit = "user", maxExponent = 1.2)
@Allocation(per = "bodyBytes", unit = "body byte", max = 3, at = "users=100000")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Threads(1)
public class BulkBodyBenchmark {

    /** The body's size at these parameters, for the memory target. */
    public static long bodyBytes(Map<String, String> params) {
        return Members.json(Members.model(Members.userIds(Integer.parseInt(params.get("users"))))).length;
    }

    @Param({"100", "1000", "10000", "100000"})
    public int users;

    private LoopbackServer server;
    private OkHttpClient raw;
    private OkHttpClient devinHttp;
    private DevinClient devin;
    private List<String> userIds;
    private String url;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = LoopbackServer.start(2);
        raw = Clients.okHttp();
        devinHttp = Clients.okHttp();
        devin = Clients.devin(server.baseUrl(), devinHttp);
        userIds = List.copyOf(Members.userIds(users));
        url = server.baseUrl() + Members.PATH;

        Members.requireSameBody(userIds);
        long before = server.bodyBytes();
        if (streamingJsonWriter() != LoopbackServer.SUCCESS.length
                || !"success".equals(generatedModel().getStatus())) {
            throw new IllegalStateException("a side did not get the canned success");
        }
        if (server.bodyBytes() - before != 2L * Members.json(Members.model(userIds)).length) {
            throw new IllegalStateException("the server did not read the same body from both sides");
        }
        long chunked = server.chunkedRequests();
        generatedModel();
        boolean streamed = server.chunkedRequests() > chunked;
        if (streamed != (Members.json(Members.model(userIds)).length > 256 * 1024)) {
            throw new IllegalStateException(
                    "DevinClient " + (streamed ? "streamed" : "did not stream") + " a body of " + users + " users");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        Clients.close(devin, devinHttp);
        Clients.close(raw);
        server.close();
    }

    @Benchmark
    @Baseline
    @Side("streaming JsonWriter, raw OkHttp")
    public int streamingJsonWriter() throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + Members.API_KEY)
                .post(Members.streaming(userIds))
                .build();
        try (Response response = raw.newCall(request).execute()) {
            return response.body().bytes().length;
        }
    }

    @Benchmark
    @Side("generated model, Gson, DevinClient")
    public SuccessResponse generatedModel() {
        return devin.execute(devin.organizations().addOrganizationMembers(Members.ORG_ID, Members.model(userIds)));
    }

    /**
     * The generated interface on plain Retrofit with its Gson converter, at 100,000 users: a row of the same table
     * (it joins the enclosing class's comparison).
     */
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @State(Scope.Benchmark)
    @Threads(1)
    public static class Buffered {

        @Param({"100000"})
        public int users;

        private LoopbackServer server;
        private OkHttpClient http;
        private OrganizationsApi api;
        private List<String> userIds;

        @Setup(Level.Trial)
        public void start() throws IOException {
            server = LoopbackServer.start(2);
            http = Clients.okHttp();
            api = Clients.plainRetrofit(server.baseUrl(), http).create(OrganizationsApi.class);
            userIds = List.copyOf(Members.userIds(users));
            if (!"success".equals(retrofitGsonConverter().getStatus())) {
                throw new IllegalStateException("plain Retrofit did not get the canned success");
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            Clients.close(http);
            server.close();
        }

        @Benchmark
        @Side(value = "breakdown: plain Retrofit + GsonConverterFactory (buffers twice)", judged = false)
        public SuccessResponse retrofitGsonConverter() throws IOException {
            return api.addOrganizationMembers(Members.ORG_ID, Members.model(userIds))
                    .execute()
                    .body();
        }
    }
}
