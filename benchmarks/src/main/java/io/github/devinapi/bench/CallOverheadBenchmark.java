package io.github.devinapi.bench;

import io.github.devinapi.client.api.OrganizationsApi;
import io.github.devinapi.client.model.SuccessResponse;
import java.io.IOException;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link CallOverheadSides} on one thread, with breakdown rows that split DevinClient's cost: the generated
 * interface on plain Retrofit with Retrofit's own Gson converter, and with the client's converter factory
 * (same Gson, no DevinClient runtime around either).
 */
@Threads(1)
public class CallOverheadBenchmark extends CallOverheadSides {

    private OkHttpClient retrofitHttp;
    private OrganizationsApi retrofitApi;
    private OkHttpClient convertersHttp;
    private OrganizationsApi convertersApi;

    @Override
    void startMore() {
        retrofitHttp = Clients.okHttp();
        retrofitApi = Clients.plainRetrofit(server.baseUrl(), retrofitHttp).create(OrganizationsApi.class);
        convertersHttp = Clients.okHttp();
        convertersApi = Clients.retrofitWithClientConverters(server.baseUrl(), convertersHttp)
                .create(OrganizationsApi.class);
    }

    @Override
    void checkMore(long length) throws IOException {
        requireSame(
                "plain Retrofit", length, () -> "success".equals(plainRetrofit().getStatus()));
        requireSame(
                "Retrofit + the client's converters",
                length,
                () -> "success".equals(retrofitClientConverters().getStatus()));
    }

    @Override
    void stopMore() {
        Clients.close(retrofitHttp);
        Clients.close(convertersHttp);
    }

    @Benchmark
    @Side(value = "breakdown: generated API, plain Retrofit + GsonConverterFactory", judged = false)
    public SuccessResponse plainRetrofit() throws IOException {
        return retrofitApi
                .addOrganizationMembers(Members.ORG_ID, members)
                .execute()
                .body();
    }

    @Benchmark
    @Side(value = "breakdown: generated API, plain Retrofit + the client's converters", judged = false)
    public SuccessResponse retrofitClientConverters() throws IOException {
        return convertersApi
                .addOrganizationMembers(Members.ORG_ID, members)
                .execute()
                .body();
    }

    /** The four sides from 8 threads, sharing one client (and so one connection pool) per side. */
    @Threads(8)
    public static class EightThreads extends CallOverheadSides {}
}
