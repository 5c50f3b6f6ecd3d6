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
import io.github.devinapi.contract.embedded.ServedLog;
import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.report.ContractReport;
import io.github.devinapi.contract.run.RunSettings;
import io.github.devinapi.contract.scenario.CallCheckInterceptor;
import io.github.devinapi.contract.scenario.ExchangeCheck;
import io.github.devinapi.contract.scenario.RestAssuredContractFilter;
import io.github.devinapi.contract.scenario.RestAssuredRequests;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.WireExchangeInterceptor;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * What checking an exchange costs through each of the suite's adapters, against the validator core called
 * directly. One valid request/response pair, built once; no network: each adapter is handed the exchange
 * the way its library would (a Rest Assured filter context, an OkHttp chain, a WireMock serve event) and does
 * all its per-exchange work: copying the exchange, the suite's checks, the report, the served log.
 */
@Comparison(number = 3, title = "Validation: one valid exchange through each adapter vs the validator core directly",
        target = "adapter overhead <= 10%", maxRatio = 1.10)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1)
public class ValidationBenchmark {

    private static final String BEARER = "Bearer " + Members.API_KEY;
    private static final String JSON = "application/json";
    private static final String REQUEST_JSON = "application/json; charset=UTF-8";
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

    private RestAssuredContractFilter restAssuredFilter;
    private CallCheckInterceptor okHttpInterceptor;
    private WireExchangeInterceptor wireInterceptor;
    private ServeEventListener wireMockListener;
    private ServedLog served;

    @Setup(Level.Trial)
    public void prepare() {
        requestBody = new String(Members.json(Members.model(Members.userIds(3))), StandardCharsets.UTF_8);
        validator = new ContractValidator(ApiContract.load(RunSettings.fromSystemProperties().specFile()));
        core = new ValidatorCores(validator);
        coreRequest = new SimpleRequest.Builder("POST", Members.PATH)
                .withHeader("Content-Type", REQUEST_JSON)
                .withHeader("Authorization", BEARER)
                .withBody(requestBody)
                .build();
        coreResponse = SimpleResponse.Builder.status(200).withHeader("Content-Type", JSON).withBody(RESPONSE_BODY).build();
        exchange = new Exchange(
                new Exchange.Request("POST", Members.PATH, null,
                        Map.of("Content-Type", List.of(REQUEST_JSON), "Authorization", List.of(BEARER)), requestBody),
                new Exchange.Response(200, Map.of("Content-Type", List.of(JSON)), RESPONSE_BODY));
        prepareRestAssured();
        prepareOkHttp();
        prepareWireMock();
        requireValidEverywhere();
    }

    /** Every path must find the exchange valid: otherwise it would measure an error path. */
    private void requireValidEverywhere() {
        freshAdapters();
        if (core.validate(coreRequest, Members.PATH, com.atlassian.oai.validator.model.Request.Method.POST, coreResponse).hasErrors()
                || !contractValidator().conforms()) {
            throw new IllegalStateException("the benchmark's exchange does not conform to the spec");
        }
        try {
            restAssuredFilter(); // the adapters throw ContractViolationError on a violation
            okHttpInterceptor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        wireMockListener();
        List<String> problems = served.problemsSince(0);
        if (served.all().size() != 1 || !problems.isEmpty()) {
            throw new IllegalStateException("the WireMock listener did not pass the exchange: " + problems);
        }
    }

    /** A fresh report and served log each iteration: both keep every exchange, as they do in a run. */
    @Setup(Level.Iteration)
    public void freshAdapters() {
        ContractReport report = new ContractReport();
        restAssuredFilter = new RestAssuredContractFilter(check(report));
        ExchangeCheck typed = check(report);
        wireInterceptor = new WireExchangeInterceptor(typed);
        okHttpInterceptor = new CallCheckInterceptor(wireInterceptor, typed);
        served = new ServedLog();
        wireMockListener = ContractServeListener.servingRecording(validator, stubId, recording, Expectation.conforming(), served);
    }

    /** A check as a live run makes it: the client side validates the exchange, once. */
    private ExchangeCheck check(ContractReport report) {
        AtomicReference<Verdict> last = new AtomicReference<>();
        return new ExchangeCheck("validation benchmark", ScenarioSource.HAND_WRITTEN, Expectation.conforming(),
                new ValidatingTarget(validator), validator, report, last::set);
    }

    @Benchmark
    @Baseline
    @Side("validator core directly (request and response)")
    public ValidationReport validatorCore() {
        return core.validate(coreRequest, Members.PATH, com.atlassian.oai.validator.model.Request.Method.POST, coreResponse);
    }

    @Benchmark
    @Side(value = "breakdown: ContractValidator.check alone, no adapter", judged = false)
    public Verdict contractValidator() {
        return validator.check(exchange, Expectation.conforming());
    }

    @Benchmark
    @Side("Rest Assured filter (RestAssuredContractFilter)")
    public io.restassured.response.Response restAssuredFilter() {
        return restAssuredFilter.filter(restAssuredRequest, null, restAssuredContext);
    }

    @Benchmark
    @Side("typed calls (CallCheckInterceptor around WireExchangeInterceptor)")
    public Response okHttpInterceptor() throws IOException {
        return okHttpInterceptor.intercept(new ChainThrough(okHttpChain, wireInterceptor));
    }

    @Benchmark
    @Side("WireMock listener (ContractServeListener)")
    public ServeEvent wireMockListener() {
        wireMockListener.beforeResponseSent(serveEvent, Parameters.empty());
        return serveEvent;
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
        RestAssuredRequests.given("http://127.0.0.1:9", java.time.Duration.ofSeconds(5), (request, response, context) -> {
                    caught.set(request);
                    return canned;
                })
                .header("Authorization", BEARER)
                .contentType(REQUEST_JSON)
                .body(requestBody)
                .post(Members.PATH);
        restAssuredRequest = caught.get();
        restAssuredContext = new FilterContext() {
            @Override
            public void setValue(String name, Object value) {
            }

            @Override
            public <T> T getValue(String name) {
                return null;
            }

            @Override
            public boolean hasValue(String name) {
                return false;
            }

            @Override
            public boolean hasValue(String name, Object value) {
                return false;
            }

            @Override
            public io.restassured.response.Response send(RequestSender requestSender) {
                throw new UnsupportedOperationException();
            }

            @Override
            public io.restassured.response.Response next(FilterableRequestSpecification request,
                    FilterableResponseSpecification response) {
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
                .header("Content-Type", Members.JSON_TYPE.toString())
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
        recording = new Recording("validation benchmark", Path.of("mappings", "bench.json"), "mappings/bench.json", null,
                exchange, List.of(), validator.check(exchange, Expectation.conforming()));
        LoggedRequest request = LoggedRequest.createFrom(new ImmutableRequest.Builder()
                .withAbsoluteUrl("http://127.0.0.1:9" + Members.PATH)
                .withMethod(RequestMethod.POST)
                .withProtocol("HTTP/1.1")
                .withClientIp("127.0.0.1")
                .withHeaders(new HttpHeaders(new HttpHeader("Content-Type", REQUEST_JSON), new HttpHeader("Authorization", BEARER)))
                .withBody(requestBody.getBytes(StandardCharsets.UTF_8))
                .build());
        com.github.tomakehurst.wiremock.http.Response response = new com.github.tomakehurst.wiremock.http.Response.Builder()
                .status(200)
                .headers(new HttpHeaders(new HttpHeader("Content-Type", JSON)))
                .body(RESPONSE_BODY)
                .build();
        serveEvent = ServeEvent.of(request).withStubMapping(stub).complete(response, DataTruncationSettings.NO_TRUNCATION);
    }
}
