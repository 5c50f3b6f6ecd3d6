package io.github.devinapi.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
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

    private DevinClient(HttpStack.Settings settings, int maxPages) {
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

    public static Builder builder() {
        return new Builder();
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

    /** Settings for a {@link DevinClient}; {@link #build()} checks them. */
    public static final class Builder {

        private String apiKey;
        private String baseUrl = DEFAULT_BASE_URL;
        private Duration timeout = Duration.ofSeconds(60);
        private int maxRetries = 2;
        private int maxPages = 10_000;
        private OkHttpClient okHttpClient;
        private Set<String> safeToRetry;
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
        private LogLevel logLevel;
        private Consumer<String> logSink = HttpLog.systemLogger();
        private Function<String, String> environment = System::getenv;

        private Builder() {}

        /** The personal API key (required), sent only as {@code Authorization: Bearer}. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Default {@value DevinClient#DEFAULT_BASE_URL}. Plain http only to a loopback host. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** Connect, write, read and overall limit of each attempt (not of all retries together). Default 60 s. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Retries after the first attempt, where the retry policy allows one. Default 2; 0 disables. */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /** The most pages {@link #paginate(Call)} fetches of one list before it fails. Default 10,000. */
        public Builder maxPages(int maxPages) {
            this.maxPages = maxPages;
            return this;
        }

        /**
         * A client to start from, e.g. for a proxy or custom TLS. Timeouts, retries and headers are still the
         * DevinClient's. Its application interceptors run once per call and see the final response, after the
         * retries; its network interceptors run once per attempt and see each request as sent (headers added).
         * Its connection pool and dispatcher stay the caller's: {@link #close()} leaves them open.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /**
         * Operations ({@code "METHOD /path/{template}"}) retried after server errors and connection failures
         * although their method is not idempotent. Replaces the list shipped in
         * {@code safe-to-retry-operations.txt}.
         */
        public Builder safeToRetry(Collection<String> operations) {
            this.safeToRetry = SafeToRetryList.of(operations);
            return this;
        }

        /** Default: from {@code DEVIN_LOG}, else {@link LogLevel#OFF}. */
        public Builder logLevel(LogLevel logLevel) {
            this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
            return this;
        }

        /** Where log lines go, already redacted. Default: {@link System.Logger} {@code io.github.devinapi.client}. */
        public Builder logSink(Consumer<String> logSink) {
            this.logSink = Objects.requireNonNull(logSink, "logSink");
            return this;
        }

        /** How the client waits before a retry. Default: the calling thread sleeps. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The clock against which a {@code Retry-After} date is read. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Values in [0, 1) that shorten each backoff by up to a quarter. Default: random. */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        /** Reads {@code DEVIN_API_KEY}, {@code DEVIN_API_BASE_URL} and {@code DEVIN_LOG}. */
        public Builder fromEnv() {
            return fromEnv(environment);
        }

        Builder fromEnv(Map<String, String> variables) {
            return fromEnv((Function<String, String>) variables::get);
        }

        private Builder fromEnv(Function<String, String> variables) {
            this.environment = variables;
            EnvironmentSettings settings = new EnvironmentSettings(variables);
            apiKey(settings.apiKey());
            settings.baseUrl().ifPresent(this::baseUrl);
            return this;
        }

        public DevinClient build() {
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalStateException("apiKey is required: pass a Devin personal API key (apk_user_...), "
                        + "or use DevinClient.fromEnv() to read DEVIN_API_KEY");
            }
            if (!apiKey.chars().allMatch(c -> c > ' ' && c < 127)) {
                throw new IllegalArgumentException("apiKey contains spaces, line breaks or non-ASCII characters: "
                        + "check how it was copied (the key itself is not shown)");
            }
            HttpUrl url = BaseUrl.parse(baseUrl);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
            }
            if (maxPages < 1) {
                throw new IllegalArgumentException("maxPages must be 1 or more, was " + maxPages);
            }
            return new DevinClient(
                    new HttpStack.Settings(
                            apiKey,
                            url,
                            timeout,
                            maxRetries,
                            okHttpClient,
                            safeToRetry != null ? safeToRetry : SafeToRetryList.defaults(),
                            sleeper,
                            clock,
                            jitter,
                            logLevel != null ? logLevel : new EnvironmentSettings(environment).logLevel(),
                            logSink),
                    maxPages);
        }

        @Override
        public String toString() {
            return "DevinClient.Builder{baseUrl=" + baseUrl + ", apiKey="
                    + (apiKey == null ? "unset" : Redactor.REDACTED) + ", timeout=" + timeout + ", maxRetries="
                    + maxRetries + "}";
        }
    }
}
