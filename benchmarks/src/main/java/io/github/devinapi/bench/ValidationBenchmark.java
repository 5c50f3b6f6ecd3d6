package io.github.devinapi.bench;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.common.DataTruncationSettings;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.devinapi.contract.embedded.ContractServeListener;
import io.github.devinapi.contract.embedded.EmbeddedTarget;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.report.ContractReport;
import io.github.devinapi.contract.run.RunSettings;
import io.github.devinapi.contract.scenario.CallCheckInterceptor;
import io.github.devinapi.contract.scenario.ExchangeCheck;
import io.github.devinapi.contract.scenario.RestAssuredContractFilter;
import io.github.devinapi.contract.scenario.RestAssuredRequests;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.WireExchangeInterceptor;
import io.github.devinapi.contract.target.Target;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
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
 * What checking one exchange costs through each of the suite's adapters, as a run does it on each kind of
 * target, against the validator core called directly. One valid request/response pair, built once; no network:
 * each adapter is handed the exchange the way its library would (a Rest Assured filter context, an OkHttp chain,
 * a WireMock serve event) and does all its per-exchange work: copying the exchange, the suite's checks, the
 * report, the served log.
 *
 * <p>Each exchange is validated once, in each direction:
 * <ul>
 *   <li>on the embedded tenant, by the tenant's listener as it serves the exchange; the client-side adapter then
 *       only judges those findings ({@code EmbeddedTarget}): a row is the listener plus the client side;
 *   <li>on a live target, by the client-side adapter, on the exchange as the client saw it.
 * </ul>
 */
@Comparison(
        number = 3,
        title = "Validation: one valid exchange through each adapter vs the validator core directly",
        target = "adapter overhead <= 10% per exchange, validated once per direction",
        maxRatio = 1.10)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1)
public class ValidationBenchmark {

    private static final String BEARER = "Bearer " + Members.API_KEY;
    private static final String JSON = "application/json";
    private static final String REQUEST_JSON = "application/json; charset=UTF-8";
    private static final String ACCEPT = "*/*";
    private static final String USER_AGENT = "devin-api-java/0.1.0 (Java 25)";
    /** The request's headers, the same whichever way it is seen (the core's baseline included). */
    private static final Map<String, String> REQUEST_HEADERS = new java.util.LinkedHashMap<>(
            Map.of("Authorization", BEARER, "Content-Type", REQUEST_JSON, "Accept", ACCEPT, "User-Agent", USER_AGENT));

    private static final String RESPONSE_BODY = new String(LoopbackServer.SUCCESS, StandardCharsets.UTF_8);

    private String requestBody;
    private ValidatorCores core;
    private SimpleRequest coreRequest;
    private SimpleResponse coreResponse;
    private ContractValidator validator;
    private Exchange exchange;

    private FilterableRequestSpecification restAssuredRequest;
    private FilterContext restAssuredContext;
    private Request okHttpRequest;
    private Interceptor.Chain okHttpChain;
    private ServeEvent serveEvent;
    private UUID stubId;
    private Recording recording;
    private Path noRecordings;
    private EmbeddedTenant tenant;
    private Target embedded;
    private Target live;

    private final AtomicReference<Verdict> lastVerdict = new AtomicReference<>();
    private ServeEventListener tenantListener;
    private RestAssuredContractFilter embeddedRaw;
    private CallCheckInterceptor embeddedTyped;
    private WireExchangeInterceptor embeddedWire;
    private RestAssuredContractFilter liveRaw;
    private CallCheckInterceptor liveTyped;
    private WireExchangeInterceptor liveWire;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        requestBody = new String(Members.json(Members.model(Members.userIds(3))), StandardCharsets.UTF_8);
        validator = new ContractValidator(
                ApiContract.load(RunSettings.fromSystemProperties().specFile()));
        core = new ValidatorCores(validator);
        SimpleRequest.Builder coreBuilder = new SimpleRequest.Builder("POST", Members.PATH);
        REQUEST_HEADERS.forEach(coreBuilder::withHeader);
        coreRequest = coreBuilder.withBody(requestBody).build();
        coreResponse = SimpleResponse.Builder.status(200)
                .withHeader("Content-Type", JSON)
                .withBody(RESPONSE_BODY)
                .build();
        exchange = new Exchange(
                new Exchange.Request(
                        "POST",
                        Members.PATH,
                        null,
                        Exchange.Headers.of(REQUEST_HEADERS.entrySet().stream()
                                .flatMap(header -> java.util.stream.Stream.of(header.getKey(), header.getValue()))
                                .toArray(String[]::new)),
                        requestBody),
                new Exchange.Response(200, Map.of("Content-Type", List.of(JSON)), RESPONSE_BODY));
        noRecordings = Files.createTempDirectory("no-recordings");
        tenant = EmbeddedTenant.start(validator, RecordingLibrary.load(noRecordings, validator));
        embedded = EmbeddedTarget.on(tenant);
        live = new ValidatingTarget(validator);
        prepareRestAssured();
        prepareOkHttp();
        prepareWireMock();
        requireValidEverywhere();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        tenant.close();
        Files.deleteIfExists(noRecordings);
    }

    /** Every path must find the exchange valid: otherwise it would measure an error path. */
    private void requireValidEverywhere() {
        freshAdapters();
        if (core.validate(
                                coreRequest,
                                Members.PATH,
                                com.atlassian.oai.validator.model.Request.Method.POST,
                                coreResponse)
                        .hasErrors()
                || !contractValidator().request().isEmpty()
                || !contractValidator().response().isEmpty()) {
            throw new IllegalStateException("the benchmark's exchange does not conform to the spec");
        }
        int served = tenant.served().mark();
        try {
            // The adapters throw ContractViolationError on a violation; each must see the same request.
            liveRawRequests();
            requireSameRequest("live, raw");
            liveTypedCalls();
            requireSameRequest("live, typed");
            embeddedRawRequests();
            requireSameRequest("embedded, raw");
            embeddedTypedCalls();
            requireSameRequest("embedded, typed");
            tenantListener();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Exchange.Request tenantSaw =
                tenant.served().lastFindings().orElseThrow().exchange().request();
        if (!tenantSaw.headers().equals(exchange.request().headers()) || !requestBody.equals(tenantSaw.body())) {
            throw new IllegalStateException("the tenant's listener saw another request: " + tenantSaw);
        }
        List<String> problems = tenant.served().problemsSince(served);
        if (tenant.served().mark() - served != 3 || !problems.isEmpty()) {
            throw new IllegalStateException("the tenant's listener did not pass the exchange: " + problems);
        }
    }

    private void requireSameRequest(String adapter) {
        Exchange.Request seen = lastVerdict.get().exchange().request();
        if (!seen.headers().equals(exchange.request().headers())
                || !requestBody.equals(seen.body())
                || !Members.PATH.equals(seen.rawPath())
                || seen.rawQuery() != null) {
            throw new IllegalStateException(adapter + " saw another request than the core's: " + seen.headers()
                    + " instead of " + exchange.request().headers());
        }
    }

    /** A fresh report each iteration: it keeps every exchange, as it does in a run. */
    @Setup(Level.Iteration)
    public void freshAdapters() {
        ContractReport report = new ContractReport();
        ExchangeCheck liveCheck = check(live, report);
        liveRaw = new RestAssuredContractFilter(liveCheck);
        liveWire = new WireExchangeInterceptor(liveCheck);
        liveTyped = new CallCheckInterceptor(liveWire, liveCheck);
        ExchangeCheck embeddedCheck = check(embedded, report);
        embeddedRaw = new RestAssuredContractFilter(embeddedCheck);
        embeddedWire = new WireExchangeInterceptor(embeddedCheck);
        embeddedTyped = new CallCheckInterceptor(embeddedWire, embeddedCheck);
        tenantListener = ContractServeListener.servingRecording(
                validator, stubId, recording, Expectation.conforming(), tenant.served());
    }

    /** A check as a scenario makes it, on {@code target}: it validates (live) or judges the tenant's findings (embedded). */
    private ExchangeCheck check(Target target, ContractReport report) {
        return new ExchangeCheck(
                "validation benchmark",
                ScenarioSource.HAND_WRITTEN,
                Expectation.conforming(),
                target,
                validator,
                report,
                lastVerdict::set);
    }

    @Benchmark
    @Baseline
    @Side("validator core directly (request and response)")
    public ValidationReport validatorCore() {
        return core.validate(
                coreRequest, Members.PATH, com.atlassian.oai.validator.model.Request.Method.POST, coreResponse);
    }

    @Benchmark
    @Side(value = "breakdown: ContractValidator.validate alone, no adapter", judged = false)
    public ExchangeFindings contractValidator() {
        return validator.validate(exchange);
    }

    @Benchmark
    @Side(value = "breakdown: the tenant's listener alone (embedded validation)", judged = false)
    public ServeEvent tenantListener() {
        tenantListener.beforeResponseSent(serveEvent, Parameters.empty());
        return serveEvent;
    }

    @Benchmark
    @Side("embedded, typed calls: tenant listener + CallCheckInterceptor")
    public Response embeddedTypedCalls() throws IOException {
        tenantListener.beforeResponseSent(serveEvent, Parameters.empty());
        return embeddedTyped.intercept(new ChainThrough(okHttpChain, embeddedWire));
    }

    @Benchmark
    @Side("embedded, raw requests: tenant listener + Rest Assured filter")
    public io.restassured.response.Response embeddedRawRequests() {
        tenantListener.beforeResponseSent(serveEvent, Parameters.empty());
        return embeddedRaw.filter(restAssuredRequest, null, restAssuredContext);
    }

    @Benchmark
    @Side("live, typed calls: CallCheckInterceptor validates")
    public Response liveTypedCalls() throws IOException {
        return liveTyped.intercept(new ChainThrough(okHttpChain, liveWire));
    }

    @Benchmark
    @Side("live, raw requests: Rest Assured filter validates")
    public io.restassured.response.Response liveRawRequests() {
        return liveRaw.filter(restAssuredRequest, null, restAssuredContext);
    }

    /**
     * The request specification a scenario's request becomes: sent once through Rest Assured with the suite's
     * settings, caught by a filter that answers in place of the network.
     */
    private void prepareRestAssured() {
        io.restassured.response.Response canned = new ResponseBuilder()
                .setStatusCode(200)
                .setStatusLine("HTTP/1.1 200 OK")
                .setHeaders(new Headers(new Header("Content-Type", JSON)))
                .setContentType(JSON)
                .setBody(RESPONSE_BODY)
                .build();
        AtomicReference<FilterableRequestSpecification> caught = new AtomicReference<>();
        RestAssuredRequests.given("http://127.0.0.1:9", (request, response, context) -> {
                    caught.set(request);
                    return canned;
                })
                .header("Authorization", BEARER)
                .header("User-Agent", USER_AGENT)
                .accept(ACCEPT)
                .contentType(REQUEST_JSON)
                .body(requestBody)
                .post(Members.PATH);
        restAssuredRequest = caught.get();
        String uri = restAssuredRequest.getURI();
        // Stands in for RestAssuredTransport: answers in place of the network, and leaves what the transport
        // leaves for the contract filter, the request as sent (copied once, with the URI it was sent to).
        restAssuredContext = new FilterContext() {
            private final Map<String, Object> values = new java.util.HashMap<>();

            @Override
            public void setValue(String name, Object value) {
                values.put(name, value);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getValue(String name) {
                return (T) values.get(name);
            }

            @Override
            public boolean hasValue(String name) {
                return values.containsKey(name);
            }

            @Override
            public boolean hasValue(String name, Object value) {
                return java.util.Objects.equals(values.get(name), value);
            }

            @Override
            public io.restassured.response.Response send(RequestSender requestSender) {
                throw new UnsupportedOperationException();
            }

            @Override
            public io.restassured.response.Response next(
                    FilterableRequestSpecification request, FilterableResponseSpecification response) {
                values.put(RestAssuredContractFilter.SENT, RestAssuredContractFilter.request(request, uri));
                return canned;
            }
        };
    }

    /** The request the generated client puts on the wire (headers set, body serialised), and a chain that answers it. */
    private void prepareOkHttp() {
        // As a network interceptor sees it: OkHttp has already copied the body's type into Content-Type.
        okHttpRequest = new Request.Builder()
                .url("http://127.0.0.1:9" + Members.PATH)
                .header("Authorization", BEARER)
                .header("Content-Type", REQUEST_JSON)
                .header("Accept", ACCEPT)
                .header("User-Agent", USER_AGENT)
                .post(RequestBody.create(requestBody.getBytes(StandardCharsets.UTF_8), Members.JSON_TYPE))
                .build();
        Response canned = new Response.Builder()
                .request(okHttpRequest)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .header("Content-Type", JSON)
                .body(ResponseBody.create(LoopbackServer.SUCCESS, okhttp3.MediaType.get(JSON)))
                .build();
        okHttpChain = new Interceptor.Chain() {
            @Override
            public Request request() {
                return okHttpRequest;
            }

            @Override
            public Response proceed(Request request) {
                return canned; // its body is a buffer: the interceptor peeks at it, never consumes it
            }

            @Override
            public Connection connection() {
                return null;
            }

            @Override
            public Call call() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int connectTimeoutMillis() {
                return 0;
            }

            @Override
            public Interceptor.Chain withConnectTimeout(int timeout, TimeUnit unit) {
                return this;
            }

            @Override
            public int readTimeoutMillis() {
                return 0;
            }

            @Override
            public Interceptor.Chain withReadTimeout(int timeout, TimeUnit unit) {
                return this;
            }

            @Override
            public int writeTimeoutMillis() {
                return 0;
            }

            @Override
            public Interceptor.Chain withWriteTimeout(int timeout, TimeUnit unit) {
                return this;
            }
        };
    }

    /** A serve event as WireMock completes it for a request a recording answered. */
    private void prepareWireMock() {
        stubId = UUID.randomUUID();
        StubMapping stub = new StubMapping();
        stub.setId(stubId);
        recording = new Recording(
                "validation benchmark",
                Path.of("mappings", "bench.json"),
                "mappings/bench.json",
                null,
                exchange,
                List.of(),
                validator.check(exchange, Expectation.conforming()));
        LoggedRequest request = LoggedRequest.createFrom(new ImmutableRequest.Builder()
                .withAbsoluteUrl("http://127.0.0.1:9" + Members.PATH)
                .withMethod(RequestMethod.POST)
                .withProtocol("HTTP/1.1")
                .withClientIp("127.0.0.1")
                .withHeaders(new HttpHeaders(REQUEST_HEADERS.entrySet().stream()
                        .map(header -> new HttpHeader(header.getKey(), header.getValue()))
                        .toList()))
                .withBody(requestBody.getBytes(StandardCharsets.UTF_8))
                .build());
        com.github.tomakehurst.wiremock.http.Response response =
                new com.github.tomakehurst.wiremock.http.Response.Builder()
                        .status(200)
                        .headers(new HttpHeaders(new HttpHeader("Content-Type", JSON)))
                        .body(RESPONSE_BODY)
                        .build();
        serveEvent =
                ServeEvent.of(request).withStubMapping(stub).complete(response, DataTruncationSettings.NO_TRUNCATION);
    }
}
