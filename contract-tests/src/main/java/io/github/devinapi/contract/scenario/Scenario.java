package io.github.devinapi.contract.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.client.DevinClient;
import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Expectation;
import io.github.devinapi.contract.validation.Verdict;
import io.restassured.specification.RequestSpecification;
import java.util.List;

/**
 * One scenario in progress: it hands out raw requests (Rest Assured) and DevinClients aimed at the
 * run's target, every exchange of which is checked against the contract and counted in the log, and
 * remembers the last exchange so the scenario can assert what was sent and what came back.
 *
 * <p>Hand-written scenarios get one as a test parameter ({@code @ContractScenarios}); runners make
 * their own from the run.
 */
public final class Scenario {

    private final String name;
    private final ScenarioSource source;
    private final TargetClients clients;
    private final ContractValidator validator;
    private final ExchangeLog log;
    private final long mark;
    private Verdict last;

    public Scenario(
            String name, ScenarioSource source, TargetClients clients, ContractValidator validator, ExchangeLog log) {
        this.name = name;
        this.source = source;
        this.clients = clients;
        this.validator = validator;
        this.log = log;
        this.mark = clients.target().mark();
    }

    public String name() {
        return name;
    }

    public Target target() {
        return clients.target();
    }

    public TestIds ids() {
        return target().ids();
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
        return given(expectation).header("Authorization", "Bearer " + target().bearerToken());
    }

    /**
     * A DevinClient aimed at the target, exactly as users build one, whose calls must conform: after the
     * client's retries, the final exchange of each call is checked on the wire before the client parses it,
     * so the scenario sees what a user sees, the parsed body or the typed exception.
     */
    public DevinClient devin() {
        return devin(Expectation.conforming());
    }

    public DevinClient devin(Expectation expectation) {
        return clients.devin(check(expectation));
    }

    /** The last exchange, as sent and received. */
    public Exchange lastExchange() {
        return lastVerdict().exchange();
    }

    public Verdict lastVerdict() {
        if (last == null) {
            throw new IllegalStateException("scenario '" + name + "' has made no request yet");
        }
        return last;
    }

    /** Runs assertions that hold only on the embedded tenant (exact values of recordings, FastAPI's words). */
    public void onMockOnly(Runnable assertions) {
        if (target().isEmbedded()) {
            assertions.run();
        }
    }

    /**
     * The 422 of the last exchange, to check where it points and what it says, as the spec and HTTP fix it
     * rather than by one framework's words (see {@link Refusal}). Fails unless the last answer was a 422
     * with a {@code detail} list.
     */
    public Refusal refusal() {
        Exchange.Response response = lastExchange().response();
        JsonNode detail = response.status() == 422 && response.body() != null
                ? Json.tree(response.body()).path("detail")
                : null;
        if (detail == null || !detail.isArray()) {
            throw new AssertionError("Scenario '" + name + "': expected a 422 with a detail list, got "
                    + response.status() + ": " + response.body());
        }
        return new Refusal(this, detail);
    }

    /**
     * Skips this scenario unless the run is opted in to what it does ({@code DEVIN_LIVE_CREATE_ORGANIZATIONS=true},
     * ...): for scenarios that create things on a live tenant, or change more than the test organization. Always
     * runs on the embedded tenant.
     */
    public void requireOptIn(String variable) {
        target().requireOptIn(variable);
    }

    /**
     * Lets this run's writes address {@code id}, which this scenario got back from the tenant (the organization it
     * created, a role listRoles named): a live run writes to nothing else but the configured test ids.
     */
    public void adopt(String id) {
        target().adopt(id);
    }

    /** Something the run observed but does not fail on (e.g. FastAPI's words on a live tenant): listed in the report. */
    public void note(String observation) {
        log.note(name, target().redact(observation));
    }

    /**
     * Fails if, while this scenario ran, the target itself found something wrong (the embedded tenant
     * served an exchange that breaks the spec, or a request nothing covers); then tells the target the
     * scenario is done. Called after each scenario that did not fail.
     */
    public void finish() {
        List<String> problems = target().problemsSince(mark);
        if (!problems.isEmpty()) {
            throw new AssertionError("Scenario '" + name + "':\n" + String.join("\n", problems));
        }
        target().scenarioFinished(name);
    }

    /** Where this scenario started in what the target observed (see {@link Target#mark()}). */
    public long mark() {
        return mark;
    }

    private RequestSpecification given(Expectation expectation) {
        ExchangeCheck check = check(expectation);
        return RestAssuredRequests.given(
                target().baseUrl(),
                new RestAssuredContractFilter(check),
                new RestAssuredTransport(
                        check, clients.retryPolicy(), clients.retryWaits(), clients.raw(), target().requestTimeout()));
    }

    private ExchangeCheck check(Expectation expectation) {
        return new ExchangeCheck(name, source, expectation, target(), validator, log, verdict -> last = verdict);
    }
}
