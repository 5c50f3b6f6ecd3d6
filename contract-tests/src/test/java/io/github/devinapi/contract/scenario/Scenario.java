package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.client.ExchangeCheck;
import io.github.devinapi.contract.client.RestAssuredContractFilter;
import io.github.devinapi.contract.client.RestAssuredRequests;
import io.github.devinapi.contract.client.RestAssuredTransport;
import io.github.devinapi.contract.client.TypedClients;
import io.github.devinapi.contract.report.ContractReport;
import io.github.devinapi.contract.report.ReportSink;
import io.github.devinapi.contract.report.Source;
import io.github.devinapi.contract.targets.Target;
import io.github.devinapi.contract.targets.TestIds;
import io.github.devinapi.contract.tenant.EmbeddedTenant;
import io.github.devinapi.contract.tenant.Served;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import io.restassured.specification.RequestSpecification;
import java.util.List;

/**
 * One scenario in progress: it hands out requests and typed clients for the run's target, every
 * exchange of which is checked against the spec and counted in the report, and remembers the last
 * exchange so the scenario can assert what was sent and what came back.
 *
 * <p>Hand-written scenarios get one as a test parameter ({@link ContractScenarios}).
 */
public final class Scenario {

    private final String name;
    private final Source source;
    private final Target target;
    private final ContractValidator validator;
    private final ReportSink report;
    private final int servedMark;
    private Verdict last;

    public Scenario(String name, Source source, Target target, ContractValidator validator, ReportSink report) {
        this.name = name;
        this.source = source;
        this.target = target;
        this.validator = validator;
        this.report = report;
        this.servedMark = target.tenant().map(tenant -> tenant.served().mark()).orElse(0);
    }

    /** A scenario of this run: the run's target, the shared validator, the run's report. */
    public static Scenario of(String name, Source source) {
        return new Scenario(name, source, Target.current(), ContractValidator.shared(), ContractReport.global());
    }

    public String name() {
        return name;
    }

    public Target target() {
        return target;
    }

    public TestIds ids() {
        return target.ids();
    }

    /** An authenticated request that must conform to the spec, as must its response. */
    public RequestSpecification request() {
        return request(Expectation.conforming());
    }

    /** An authenticated request that breaks the spec on purpose; the check fails if it does not. */
    public RequestSpecification invalidRequest() {
        return request(Expectation.conforming().sendingInvalidRequest());
    }

    /**
     * A request without a bearer token (the test may add a malformed Authorization header). The spec
     * declares no 401, so the expected 401 is reported as a spec gap.
     */
    public RequestSpecification unauthenticatedRequest() {
        return given(Expectation.conforming().sendingInvalidRequest().allowingUndocumentedStatus(401));
    }

    public RequestSpecification request(Expectation expectation) {
        return given(expectation).header("Authorization", "Bearer " + target.bearerToken());
    }

    /**
     * A generated Retrofit interface (e.g. OrganizationsApi) of a DevinClient aimed at the target, whose
     * calls must conform once the client's retries are done.
     */
    public <T> T client(Class<T> api) {
        return client(api, Expectation.conforming());
    }

    public <T> T client(Class<T> api, Expectation expectation) {
        return TypedClients.create(api, target, check(expectation));
    }

    /** The last exchange, as sent and received. */
    public Exchange lastExchange() {
        if (last == null) {
            throw new IllegalStateException("scenario '" + name + "' has made no request yet");
        }
        return last.exchange();
    }

    public Verdict lastVerdict() {
        lastExchange();
        return last;
    }

    /** Runs assertions that hold only on the embedded tenant (exact values of recordings). */
    public void onMockOnly(Runnable assertions) {
        if (target.isMock()) {
            assertions.run();
        }
    }

    /**
     * Runs assertions that hold only where the target answers as FastAPI does (the Devin API and the
     * embedded tenant), such as the {@code loc} and {@code type} of a 422; not on an independent mock
     * of the spec such as Prism, which answers with the schema's example.
     */
    public void onFastApiOnly(Runnable assertions) {
        if (target.isFastApi()) {
            assertions.run();
        }
    }

    /**
     * Fails if, while this scenario ran, the embedded tenant served an exchange that breaks the spec or
     * a request nothing covers; then tells the target the scenario is done. Called after each scenario
     * that did not fail.
     */
    public void finish() {
        List<String> problems = target.tenant().map(EmbeddedTenant::served)
                .map(log -> log.problemsSince(servedMark)).orElse(List.of());
        if (!problems.isEmpty()) {
            throw new AssertionError("Scenario '" + name + "':\n" + String.join("\n", problems));
        }
        target.scenarioFinished(name);
    }

    /** What the embedded tenant served since this scenario started (empty on other targets). */
    public List<Served> servedByTenant() {
        return target.tenant().map(tenant -> tenant.served().since(servedMark)).orElse(List.of());
    }

    private RequestSpecification given(Expectation expectation) {
        ExchangeCheck check = check(expectation);
        return RestAssuredRequests.given(target.baseUrl(), target.requestTimeout(), new RestAssuredContractFilter(check),
                new RestAssuredTransport(check, target.baseUrl(), target.requestTimeout()));
    }

    private ExchangeCheck check(Expectation expectation) {
        return new ExchangeCheck(name, source, expectation, validator, report, verdict -> last = verdict,
                request -> target.beforeSending(name, request));
    }
}
