package io.github.devinapi.bench;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.WireExchangeInterceptor;
import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import io.restassured.filter.FilterContext;
import io.restassured.specification.FilterableRequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
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
 *
 * <p>The exchange in each library's form comes from {@link ValidExchange}, {@link RestAssuredExchange}, {@link
 * CannedChain} and {@link ServedRecording}; {@link ValidationSelfCheck} makes sure every side passes it before
 * anything is measured.
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

    private ValidExchange valid;
    private ValidatorCores core;
    private SimpleRequest coreRequest;
    private SimpleResponse coreResponse;
    private ContractValidator validator;
    private Exchange exchange;

    private FilterableRequestSpecification restAssuredRequest;
    private FilterContext restAssuredContext;
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
        valid = ValidExchange.create();
        validator = new ContractValidator(
                ApiContract.load(RunSettings.fromSystemProperties().specFile()));
        core = new ValidatorCores(validator);
        coreRequest = valid.coreRequest();
        coreResponse = valid.coreResponse();
        exchange = valid.exchange();
        noRecordings = Files.createTempDirectory("no-recordings");
        tenant = EmbeddedTenant.start(validator, RecordingLibrary.load(noRecordings, validator));
        embedded = EmbeddedTarget.on(tenant);
        live = new ValidatingTarget(validator);
        RestAssuredExchange restAssured = RestAssuredExchange.of(valid.requestBody());
        restAssuredRequest = restAssured.request();
        restAssuredContext = restAssured.context();
        okHttpChain = CannedChain.forRequest(valid.requestBody());
        ServedRecording served = ServedRecording.of(validator, exchange, valid.requestBody());
        stubId = served.stubId();
        recording = served.recording();
        serveEvent = served.event();
        freshAdapters();
        ValidationSelfCheck.require(this, valid, tenant.served(), lastVerdict::get);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        tenant.close();
        Files.deleteIfExists(noRecordings);
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
}
