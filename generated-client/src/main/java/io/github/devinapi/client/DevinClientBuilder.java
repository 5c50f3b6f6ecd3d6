package io.github.devinapi.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;

/** Settings for a {@link DevinClient} ({@link DevinClient#builder()}); {@link #build()} checks them. */
public final class DevinClientBuilder {

    /**
     * How long an idle connection stays pooled by default: less than the 5 s after which uvicorn (FastAPI) and
     * Node close an idle keep-alive connection, so that a request never goes out on a connection the server is
     * closing. OkHttp's own default (5 min) reuses such connections, and a POST on one fails, unretried.
     */
    public static final Duration DEFAULT_IDLE_CONNECTION_TIMEOUT = Duration.ofSeconds(4);

    private String apiKey;
    private String baseUrl = DevinClient.DEFAULT_BASE_URL;
    private Duration timeout = Duration.ofSeconds(60);
    private int maxRetries = 2;
    private int maxPages = 10_000;
    private Duration idleConnectionTimeout = DEFAULT_IDLE_CONNECTION_TIMEOUT;
    private OkHttpClient okHttpClient;
    private Set<String> safeToRetry;
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private LogLevel logLevel;
    private Consumer<String> logSink = HttpLog.systemLogger();
    private Function<String, String> environment = System::getenv;

    DevinClientBuilder() {}

    /** The personal API key (required), sent only as {@code Authorization: Bearer}. */
    public DevinClientBuilder apiKey(String apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    /** Default {@value DevinClient#DEFAULT_BASE_URL}. Plain http only to a loopback host. */
    public DevinClientBuilder baseUrl(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return this;
    }

    /** Connect, write, read and overall limit of each attempt (not of all retries together). Default 60 s. */
    public DevinClientBuilder timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /** Retries after the first attempt, where the retry policy allows one. Default 2; 0 disables. */
    public DevinClientBuilder maxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
        return this;
    }

    /** The most pages {@link DevinClient#paginate(Call)} fetches of one list before it fails. Default 10,000. */
    public DevinClientBuilder maxPages(int maxPages) {
        this.maxPages = maxPages;
        return this;
    }

    /**
     * How long a connection may stay idle in the pool before it is closed; default
     * {@link #DEFAULT_IDLE_CONNECTION_TIMEOUT}. Keep it below the idle timeout of the server and of any proxy on the
     * way. Applies to the pool the DevinClient makes; with {@link #okHttpClient(OkHttpClient)} the pool is the
     * caller's.
     */
    public DevinClientBuilder idleConnectionTimeout(Duration idleConnectionTimeout) {
        this.idleConnectionTimeout = Objects.requireNonNull(idleConnectionTimeout, "idleConnectionTimeout");
        return this;
    }

    /**
     * A client to start from, e.g. for a proxy or custom TLS. Timeouts, retries and headers are still the
     * DevinClient's. Its application interceptors run once per call and see the final response, after the
     * retries; its network interceptors run once per attempt and see each request as sent (headers added).
     * Its connection pool and dispatcher stay the caller's: {@link DevinClient#close()} leaves them open.
     */
    public DevinClientBuilder okHttpClient(OkHttpClient okHttpClient) {
        this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
        return this;
    }

    /**
     * Operations ({@code "METHOD /path/{template}"}) retried after server errors and connection failures
     * although their method is not idempotent. Replaces the list shipped in
     * {@code safe-to-retry-operations.txt}.
     */
    public DevinClientBuilder safeToRetry(Collection<String> operations) {
        this.safeToRetry = SafeToRetryList.of(operations);
        return this;
    }

    /** Default: from {@code DEVIN_LOG}, else {@link LogLevel#OFF}. */
    public DevinClientBuilder logLevel(LogLevel logLevel) {
        this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
        return this;
    }

    /** Where log lines go, already redacted. Default: {@link System.Logger} {@code io.github.devinapi.client}. */
    public DevinClientBuilder logSink(Consumer<String> logSink) {
        this.logSink = Objects.requireNonNull(logSink, "logSink");
        return this;
    }

    /** How the client waits before a retry. Default: the calling thread sleeps. */
    public DevinClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /** The clock against which a {@code Retry-After} date is read. */
    public DevinClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Values in [0, 1) that shorten each backoff by up to a quarter. Default: random. */
    public DevinClientBuilder jitter(DoubleSupplier jitter) {
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        return this;
    }

    /** Reads {@code DEVIN_API_KEY}, {@code DEVIN_API_BASE_URL} and {@code DEVIN_LOG}. */
    public DevinClientBuilder fromEnv() {
        return fromEnv(environment);
    }

    DevinClientBuilder fromEnv(Map<String, String> variables) {
        return fromEnv((Function<String, String>) variables::get);
    }

    private DevinClientBuilder fromEnv(Function<String, String> variables) {
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
        if (idleConnectionTimeout.isNegative() || idleConnectionTimeout.isZero()) {
            throw new IllegalArgumentException("idleConnectionTimeout must be positive, was " + idleConnectionTimeout);
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
                        idleConnectionTimeout,
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
        return "DevinClientBuilder{baseUrl=" + baseUrl + ", apiKey="
                + (apiKey == null ? "unset" : Redactor.REDACTED) + ", timeout=" + timeout + ", maxRetries="
                + maxRetries + "}";
    }
}
