package io.github.devinapi.contract.schemadriven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.embedded.EmbeddedTarget;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.junit.ContractRunExtension;
import io.github.devinapi.contract.run.ContractRun;
import io.github.devinapi.contract.scenario.ExchangeLog;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.scenario.ScenarioSource;
import io.github.devinapi.contract.scenario.TargetClients;
import io.github.devinapi.spec.PagingRule;
import io.github.devinapi.spec.SampleRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema-driven runner fails when the client, the tenant or a case is wrong, for any spec. */
@ExtendWith(ContractRunExtension.class)
@DisplayName("Schema-driven scenarios catch")
class SchemaDrivenRunnerBiteTest {

    private final EmbeddedTenant tenant;
    private final TargetClients clients;
    private final SchemaDrivenRunner runner;
    private final List<SchemaDrivenCase> cases;

    /** A tenant of its own, so that what these broken cases leave behind stays out of the run's report. */
    SchemaDrivenRunnerBiteTest(ContractRun run) {
        tenant = EmbeddedTenant.start(run.validator(), run.recordings());
        clients = new TargetClients(EmbeddedTarget.on(tenant));
        runner = new SchemaDrivenRunner(
                tenant,
                generated -> new Scenario(
                        generated.describe(),
                        ScenarioSource.SCHEMA_DRIVEN,
                        clients,
                        run.validator(),
                        ExchangeLog.discard()),
                "-Dcontract.seed=7");
        cases = SchemaDrivenCases.of(run.contract(), 7).all();
    }

    @AfterEach
    void stop() {
        clients.close();
        tenant.close();
    }

    private SchemaDrivenCase first(java.util.function.Predicate<SchemaDrivenCase> which, String what) {
        SchemaDrivenCase found = cases.stream().filter(which).findFirst().orElse(null);
        assumeTrue(found != null, "the spec has no operation with " + what);
        return found;
    }

    @Test
    @DisplayName("a body field the generated model does not carry")
    void aFieldTheClientDoesNotSend() {
        SchemaDrivenCase valid = first(c -> c.valid() && c.request().body() instanceof ObjectNode, "a JSON body");
        ObjectNode body = ((ObjectNode) valid.request().body()).deepCopy();
        body.put("field_the_model_lacks", 1);
        SchemaDrivenCase altered = new SchemaDrivenCase(
                valid.name(),
                valid.operation(),
                new SampleRequest(
                        valid.request().operation(),
                        valid.request().pathParameters(),
                        valid.request().queryParameters(),
                        body),
                true,
                valid.expectedStatus(),
                List.of(),
                valid.seed());

        assertThatThrownBy(() -> runner.run(altered))
                .hasMessageContaining("the body sent differs from the sampled one at [/field_the_model_lacks");
    }

    @Test
    @DisplayName("an answer with a status the operation does not declare")
    void anUndeclaredStatus() {
        SchemaDrivenCase valid = first(SchemaDrivenCase::valid, "a valid request");
        SchemaDrivenCase undeclared = new SchemaDrivenCase(
                valid.name(), valid.operation(), valid.request(), true, 299, List.of(), valid.seed());

        assertThatThrownBy(() -> runner.run(undeclared))
                .hasMessageContaining("299")
                .hasMessageContaining("validation.response.status.unknown");
    }

    @Test
    @DisplayName("an 'invalid' variant that conforms")
    void anInvalidVariantThatConforms() {
        SchemaDrivenCase valid = first(c -> c.valid() && c.operation().declares(422), "a 422");
        SchemaDrivenCase mislabelled = new SchemaDrivenCase(
                "not really invalid", valid.operation(), valid.request(), false, 422, List.of("body"), valid.seed());

        assertThatThrownBy(() -> runner.run(mislabelled)).hasMessageContaining("the request conforms");
    }

    @Test
    @DisplayName("a 422 that does not name the broken location")
    void aWrongLocation() {
        SchemaDrivenCase invalid = first(c -> !c.valid(), "an invalid variant");
        SchemaDrivenCase elsewhere = new SchemaDrivenCase(
                invalid.name(),
                invalid.operation(),
                invalid.request(),
                false,
                422,
                List.of("body", "no_such_field"),
                invalid.seed());

        assertThatThrownBy(() -> runner.run(elsewhere))
                .hasMessageContaining("the 422 does not name [body, no_such_field]");
    }

    @Test
    @DisplayName("a paged list whose next page is not asked where the spec says it starts")
    void aPagedListAskedAtTheWrongStart() {
        SchemaDrivenCase paged =
                first(c -> c.paging() != null && c.paging().style() == PagingRule.Style.OFFSET, "a paged list");
        PagingRule.PagedOperation byPage = new PagingRule.PagedOperation(
                paged.paging().operation(),
                PagingRule.Style.PAGE_NUMBER,
                1,
                paged.paging().defaultSize(),
                paged.paging().pageSchema(),
                paged.paging().itemType());
        SchemaDrivenCase misread = new SchemaDrivenCase(
                paged.name(), paged.operation(), paged.request(), true, 200, List.of(), paged.seed(), byPage);

        assertThatThrownBy(() -> runner.run(misread))
                .hasMessageContaining("the second page was asked with limit=2&skip=2, not page=2");
    }

    @Test
    @DisplayName("nothing, for the cases as generated")
    void theGeneratedCasesPass() {
        SchemaDrivenCase valid = first(SchemaDrivenCase::valid, "a valid request");
        runner.run(valid);
        cases.stream().filter(c -> !c.valid()).findFirst().ifPresent(runner::run);
        cases.stream().filter(c -> c.paging() != null).findFirst().ifPresent(runner::run);
    }
}
