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

/**
 * What the client adds to one call, against three baselines on the same loopback server: DevinClient sending
 * the generated addOrganizationMembers with 100 user ids (model serialised per call, response parsed, retry
 * and header interceptors, logging off), against
 *
 * <ul>
 *   <li>(a) the floor: a plain OkHttpClient posting the same bytes, serialised once, and reading the answer's bytes;
 *   <li>(b) what a user writes by hand: OkHttp, {@code gson.toJson} of the same model on each call, the answer
 *       parsed with {@code gson.fromJson};
 *   <li>(c) what users would pick instead: the stock openapi-generator {@code ApiClient} of the generated
 *       invoker package (its own Retrofit and Gson converter, its bearer interceptor).
 * </ul>
 *
 * All use OkHttp's default connection pool (5 idle connections, 5 minutes), as DevinClient does when given no
 * client. {@link CallOverheadBenchmark} runs them on one thread with breakdown rows, {@link
 * CallOverheadBenchmark.EightThreads} on eight threads sharing one client per side.
 */
@Comparison(
        number = 1,
        title = "Call overhead: DevinClient + addOrganizationMembers (100 user ids) vs three baselines",
        target = "DevinClient <= 1.20x (a), <= 1.10x (b), faster than (c), at 1 and 8 threads",
        maxRatio = 1.20)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public abstract class CallOverheadSides {

    static final int USERS = 100;

    LoopbackServer server;
    EnterpriseBulkOrgMembersUpdate members;
    private String url;
    private String bearer;
    private OkHttpClient raw;
    private Request rawRequest;
    private OkHttpClient handHttp;
    private OkHttpClient stockHttp;
    private OrganizationsApi stockApi;
    private OkHttpClient devinHttp;
    private DevinClient devin;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = LoopbackServer.start(8);
        members = Members.model(Members.userIds(USERS));
        url = server.baseUrl() + Members.PATH;
        bearer = "Bearer " + Members.API_KEY;
        raw = Clients.okHttp();
        rawRequest = new Request.Builder()
                .url(url)
                .header("Authorization", bearer)
                .post(RequestBody.create(Members.json(members), Members.JSON_TYPE))
                .build();
        handHttp = Clients.okHttp();
        stockHttp = Clients.okHttp();
        stockApi = Clients.stockApiClient(server.baseUrl(), stockHttp).createService(OrganizationsApi.class);
        devinHttp = Clients.okHttp();
        devin = Clients.devin(server.baseUrl(), devinHttp);
        startMore();

        // Every side must reach the server, succeed and send the same body before anything is measured.
        long length = rawRequest.body().contentLength();
        requireSame("(a)", length, () -> rawOkHttp() == LoopbackServer.SUCCESS.length);
        requireSame("(b)", length, () -> "success".equals(handWritten().getStatus()));
        requireSame("(c)", length, () -> "success".equals(stockApiClient().getStatus()));
        requireSame("DevinClient", length, () -> "success".equals(devinClient().getStatus()));
        checkMore(length);
    }

    interface Call {
        boolean succeeds() throws IOException;
    }

    /** Fails unless the call gets the canned success and the server read a body of {@code length} bytes. */
    void requireSame(String side, long length, Call call) throws IOException {
        long before = server.bodyBytes();
        if (!call.succeeds()) {
            throw new IllegalStateException(side + " did not get the canned success");
        }
        if (server.bodyBytes() - before != length) {
            throw new IllegalStateException(
                    side + " sent " + (server.bodyBytes() - before) + " body bytes, not " + length);
        }
    }

    /** More sides' clients (the breakdown rows), started after the baselines'. */
    void startMore() {}

    /** Checks the more sides as {@link #requireSame} does. */
    void checkMore(long length) throws IOException {}

    void stopMore() {}

    @TearDown(Level.Trial)
    public void stop() {
        stopMore();
        Clients.close(devin, devinHttp);
        Clients.close(raw);
        Clients.close(handHttp);
        Clients.close(stockHttp);
        server.close();
    }

    @Benchmark
    @Baseline
    @Side("(a) floor: raw OkHttp POST of pre-serialised bytes")
    public int rawOkHttp() throws IOException {
        try (Response response = raw.newCall(rawRequest).execute()) {
            return response.body().bytes().length;
        }
    }

    @Benchmark
    @Reference
    @Side("(b) by hand: OkHttp + gson.toJson/fromJson per call")
    public SuccessResponse handWritten() throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", bearer)
                .post(RequestBody.create(Members.GSON.toJson(members), Members.JSON_TYPE))
                .build();
        try (Response response = handHttp.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            return Members.GSON.fromJson(response.body().string(), SuccessResponse.class);
        }
    }

    @Benchmark
    @Reference
    @Side("(c) stock openapi-generator ApiClient")
    public SuccessResponse stockApiClient() throws IOException {
        return stockApi.addOrganizationMembers(Members.ORG_ID, members)
                .execute()
                .body();
    }

    @Benchmark
    @Side("DevinClient, generated addOrganizationMembers")
    @Against(value = "handWritten", maxRatio = 1.10)
    @Against(value = "stockApiClient", maxRatio = 1.00)
    public SuccessResponse devinClient() {
        return devin.execute(devin.organizations().addOrganizationMembers(Members.ORG_ID, members));
    }
}
