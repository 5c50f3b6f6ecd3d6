package io.github.devinapi.bench;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.api.OrganizationsApi;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.SuccessResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * What the client adds to one call: DevinClient sending the generated addOrganizationMembers with 100 user
 * ids (model serialised per call, response parsed, retry and header interceptors, logging off), against a
 * plain OkHttpClient posting the same bytes, serialised once, to the same loopback server. Both use OkHttp's
 * default connection pool (5 idle connections, 5 minutes), as DevinClient does when given no client.
 *
 * <p>A third row, not held to the target, splits the overhead: the same generated interface on plain
 * Retrofit (same Gson, no DevinClient runtime), so the table shows what the generated code costs and what
 * the runtime around it adds.
 */
@Comparison(number = 1, title = "Call overhead: DevinClient + addOrganizationMembers vs raw OkHttp POST, 100 user ids",
        target = "ratio <= 1.15 at 1 and 8 threads", maxRatio = 1.15)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Threads(1)
public class CallOverheadBenchmark {

    static final int USERS = 100;

    private LoopbackServer server;
    private OkHttpClient raw;
    private OkHttpClient devinHttp;
    private Request rawRequest;
    private DevinClient devin;
    private OkHttpClient retrofitHttp;
    private OrganizationsApi retrofitApi;
    private EnterpriseBulkOrgMembersUpdate members;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = LoopbackServer.start(8);
        members = Members.model(Members.userIds(USERS));
        raw = Clients.okHttp();
        devinHttp = Clients.okHttp();
        rawRequest = new Request.Builder()
                .url(server.baseUrl() + Members.PATH)
                .header("Authorization", "Bearer " + Members.API_KEY)
                .post(RequestBody.create(Members.json(members), Members.JSON_TYPE))
                .build();
        devin = Clients.devin(server.baseUrl(), devinHttp);
        retrofitHttp = Clients.okHttp();
        retrofitApi = Clients.plainRetrofit(server.baseUrl(), retrofitHttp).create(OrganizationsApi.class);

        // Every side must reach the server and succeed before anything is measured.
        long before = server.bodyBytes();
        if (rawOkHttp() != LoopbackServer.SUCCESS.length || !"success".equals(devinClient().getStatus())
                || !"success".equals(plainRetrofit().getStatus())) {
            throw new IllegalStateException("a side did not get the canned success");
        }
        if (server.bodyBytes() - before != 3L * rawRequest.body().contentLength()) {
            throw new IllegalStateException("the sides sent bodies of different sizes");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        Clients.close(devin, devinHttp);
        Clients.close(raw);
        Clients.close(retrofitHttp);
        server.close();
    }

    @Benchmark
    @Baseline
    @Side("raw OkHttp POST of pre-serialised bytes")
    public int rawOkHttp() throws IOException {
        try (Response response = raw.newCall(rawRequest).execute()) {
            return response.body().bytes().length;
        }
    }

    @Benchmark
    @Side("DevinClient, generated addOrganizationMembers")
    public SuccessResponse devinClient() {
        return devin.execute(devin.organizations().addOrganizationMembers(Members.ORG_ID, members));
    }

    @Benchmark
    @Side(value = "breakdown: generated API on plain Retrofit, no DevinClient", judged = false)
    public SuccessResponse plainRetrofit() throws IOException {
        return retrofitApi.addOrganizationMembers(Members.ORG_ID, members).execute().body();
    }

    /** The same calls from 8 threads, sharing one client (and so one connection pool) per side. */
    @Threads(8)
    public static class EightThreads extends CallOverheadBenchmark {
    }
}
