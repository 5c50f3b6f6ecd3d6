package io.github.devinapi.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * The Devin API client: the generated Retrofit interfaces, wired with the API key, base URL, per-attempt
 * timeouts, retries and redacted logging; {@link #execute(Call)} or {@link #executeAsync(Call)} to get a body
 * or a typed {@link DevinApiException}, and {@link #paginate(Call)} to go through every page of a list.
 *
 * <pre>{@code
 * try (DevinClient devin = DevinClient.fromEnv()) {
 *     SuccessResponse added = devin.execute(devin.organizations().addOrganizationMembers(orgId, members));
 *     devin.paginate(devin.organizations().listOrganizationMembers(orgId, null, null))
 *          .forEach(member -> System.out.println(member.getEmail()));
 * }
 * }</pre>
 *
 * <p>A 2xx body must have the declared JSON types ({@code 1} for a string is an {@link InvalidResponseException}
 * naming its path); unknown fields are ignored.
 *
 * <p>Thread-safe: share one client; it holds one connection pool. Close it to release the pool and threads.
 */
public final class DevinClient implements TagAccessors, AutoCloseable {

    /** Used when no base URL is given. */
    public static final String DEFAULT_BASE_URL = "https://api.devin.ai";

    private final HttpStack http;
    private final CallExecutor executor;
    private final Paginator paginator;
    private final ConcurrentMap<Class<?>, Object> apis = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String description;

    DevinClient(HttpStack.Settings settings, int maxPages) {
        Redactor redactor = new Redactor(settings.apiKey());
        this.http = HttpStack.create(settings, new HttpLog(settings.logLevel(), settings.logSink(), redactor));
        this.executor = new CallExecutor(
                http.calls,
                http.directRetries,
                http.directHeaders,
                this::madeHere,
                new SuccessBodies(http.retrofit, redactor),
                new ErrorResponses(http.gson, redactor, settings.clock()),
                new ConnectionFailures(settings.timeout(), redactor));
        this.paginator = new Paginator(executor, PagedOperations.shipped(), maxPages);
        this.description = "DevinClient{" + settings + "}";
    }

    public static DevinClientBuilder builder() {
        return new DevinClientBuilder();
    }

    /**
     * A client configured from the environment: {@code DEVIN_API_KEY} (required), {@code DEVIN_API_BASE_URL}
     * and {@code DEVIN_LOG} ({@code off}, {@code info} or {@code debug}).
     */
    public static DevinClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** An implementation of a generated Retrofit interface, e.g. {@code api(OrganizationsApi.class)}. */
    @Override
    public <T> T api(Class<T> retrofitInterface) {
        requireOpen();
        Objects.requireNonNull(retrofitInterface, "retrofitInterface");
        return retrofitInterface.cast(apis.computeIfAbsent(retrofitInterface, http.retrofit::create));
    }

    /**
     * Sends the call's request (retrying where safe) and returns the response body.
     *
     * @throws DevinApiException the subclass that fits: an error status, a connection failure, or a body
     *     that is not the declared JSON
     * @throws IllegalArgumentException if the call was not made with this client's {@link #api(Class)}
     */
    public <T> T execute(Call<T> call) {
        requireOpen();
        return executor.execute(Objects.requireNonNull(call, "call"));
    }

    /**
     * {@link #execute(Call)} on OkHttp's dispatcher threads: the future completes with the body or, exceptionally,
     * with the same {@link DevinApiException}; cancelling it cancels the request. Stages added without an
     * executor run on the dispatcher thread: keep them short.
     */
    public <T> CompletableFuture<T> executeAsync(Call<T> call) {
        requireOpen();
        return executor.executeAsync(Objects.requireNonNull(call, "call"));
    }

    /**
     * The items of every page of a paged list as one lazy stream; a page is fetched, like {@link #execute(Call)},
     * only when the stream reaches it. The call's {@code skip}/{@code limit} (or {@code page}/{@code per_page})
     * are the start and page size, null the spec's default. It ends on {@code has_more=false} or a page shorter
     * than the page size. Paged are the operations answering a {@link Page}; plain JSON arrays and audit logs
     * ({@code before}/{@code after}) are not: {@code execute} returns them whole.
     *
     * @throws PaginationException from the stream: more than {@code maxPages} pages, or a page repeating the last
     * @throws IllegalArgumentException at once, if the operation is not paged or the call is not this client's
     */
    public <T> Stream<T> paginate(Call<? extends Page<T>> call) {
        requireOpen();
        return paginator.items(Objects.requireNonNull(call, "call"));
    }

    /** The pages themselves (with {@code getTotal()} and the rest), lazily, as {@link #paginate(Call)} fetches them. */
    public <P extends Page<?>> Stream<P> pages(Call<P> call) {
        requireOpen();
        return paginator.pages(Objects.requireNonNull(call, "call"));
    }

    /** {@link #paginate(Call)} for a for-each loop; each loop starts again at the call's first page. */
    public <T> Iterable<T> iterate(Call<? extends Page<T>> call) {
        requireOpen();
        return paginator.iterable(Objects.requireNonNull(call, "call"));
    }

    /**
     * The retry decision this client applies: which failures it retries, how long it waits and how often.
     * Requests sent without the client can ask it, so that they retry exactly as the client does.
     */
    public RetryPolicy retryPolicy() {
        return http.retryPolicy;
    }

    /** Releases the connection pool and the dispatcher's threads; later use fails. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.close();
        }
    }

    @Override
    public String toString() {
        return description;
    }

    /** The OkHttp client that Retrofit calls; its pool and dispatcher are the client's. */
    OkHttpClient okHttpClient() {
        return http.calls;
    }

    private boolean madeHere(Invocation invocation) {
        return invocation.instance() != null && apis.get(invocation.service()) == invocation.instance();
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this DevinClient is closed");
        }
    }
}
