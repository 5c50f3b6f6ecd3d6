package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.members;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.devinapi.client.model.SuccessResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** One client shared by many threads; closing it leaves no connection or thread of its own behind. */
class ConcurrencyTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(64))
            .build();

    private static final int THREADS = 32;
    private static final int CALLS = 2_000;
    private static final String MEMBERS = "/v2/enterprise/organizations/[^/]+/members";

    @Test
    void thirty_two_threads_share_one_client_for_2000_calls_and_close_releases_pool_and_threads() throws Exception {
        server.stubFor(post(urlPathMatching(MEMBERS)).willReturn(okJson("{\"status\":\"success\"}")));
        DevinClient client = TestClients.against(server, new ManualTime()).build();
        OkHttpClient http = client.okHttpClient();

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            int calls = CALLS / THREADS + (thread < CALLS % THREADS ? 1 : 0);
            results.add(threads.submit(() -> {
                start.await();
                int succeeded = 0;
                for (int i = 0; i < calls; i++) {
                    SuccessResponse response = client.execute(
                            client.organizations().addOrganizationMembers("org-" + thread + "-" + i, members()));
                    succeeded += "success".equals(response.getStatus()) ? 1 : 0;
                }
                return succeeded;
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Integer> result : results) {
            succeeded += result.get(2, TimeUnit.MINUTES);
        }
        threads.shutdown();

        assertThat(succeeded).isEqualTo(CALLS);
        server.verify(CALLS, postRequestedFor(urlPathMatching(MEMBERS)));

        client.close();

        assertThat(http.connectionPool().connectionCount()).isZero();
        assertThat(http.dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS))
                .isTrue();
        assertThat(eventually(ConcurrencyTest::okHttpThreadsAtWork)).isEmpty();
    }

    @Test
    void close_stops_the_dispatcher_threads_that_asynchronous_calls_used() throws Exception {
        server.stubFor(post(urlPathMatching(MEMBERS)).willReturn(okJson("{\"status\":\"success\"}")));
        DevinClient client = TestClients.against(server, new ManualTime()).build();
        CountDownLatch done = new CountDownLatch(10);
        List<Integer> codes = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            client.organizations().addOrganizationMembers("org-" + i, members()).enqueue(new Callback<>() {
                @Override
                public void onResponse(Call<SuccessResponse> call, Response<SuccessResponse> response) {
                    codes.add(response.code());
                    done.countDown();
                }

                @Override
                public void onFailure(Call<SuccessResponse> call, Throwable failure) {
                    done.countDown();
                }
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(codes).hasSize(10).containsOnly(200);
        assertThat(threadNames()).anyMatch(name -> name.startsWith("OkHttp Dispatcher"));

        client.close();

        assertThat(eventually(() -> threadNames().stream()
                        .filter(name -> name.startsWith("OkHttp Dispatcher"))
                        .collect(Collectors.toList())))
                .isEmpty();
    }

    /**
     * OkHttp threads that belong to a client: dispatcher and connection threads. The "OkHttp TaskRunner"
     * threads are OkHttp's JVM-wide scheduler, shared with every other client in the JVM (they wait for
     * other clients' pool clean-ups, then idle for 60 s): they are not this client's and are not counted.
     */
    private static List<String> okHttpThreadsAtWork() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("OkHttp") && !name.startsWith("OkHttp TaskRunner"))
                .collect(Collectors.toList());
    }

    private static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .collect(Collectors.toList());
    }

    /** Polls until the supplier returns an empty list, for at most 10 s; returns the last list seen. */
    private static List<String> eventually(Supplier<List<String>> threads) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> seen = threads.get();
        while (!seen.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = threads.get();
        }
        return seen;
    }
}
