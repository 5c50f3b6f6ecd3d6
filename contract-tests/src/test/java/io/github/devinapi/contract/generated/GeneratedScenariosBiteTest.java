package io.github.devinapi.contract.generated;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.report.ReportSink;
import io.github.devinapi.contract.spec.ContractSpec;
import io.github.devinapi.contract.recorded.ScenarioLibrary;
import io.github.devinapi.contract.targets.MockTarget;
import io.github.devinapi.contract.tenant.EmbeddedTenant;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.spec.SampleRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema-driven runner fails when the client, the tenant or a case is wrong, for any spec. */
@DisplayName("Schema-driven scenarios catch")
class GeneratedScenariosBiteTest {

    private static final ReportSink NOT_REPORTED = exchange -> { };

    private EmbeddedTenant tenant;
    private GeneratedCaseRunner runner;
    private List<GeneratedCase> cases;

    /** A tenant of its own, so that what these broken cases leave behind stays out of the run's report. */
    @BeforeEach
    void runnerOnATenantOfItsOwn() {
        tenant = EmbeddedTenant.start(ContractValidator.shared(), ScenarioLibrary.configured());
        runner = new GeneratedCaseRunner(new MockTarget(tenant), ContractValidator.shared(), NOT_REPORTED);
        cases = GeneratedCases.of(ContractSpec.get(), 7).all();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    private GeneratedCase first(java.util.function.Predicate<GeneratedCase> which, String what) {
        GeneratedCase found = cases.stream().filter(which).findFirst().orElse(null);
        assumeTrue(found != null, "the spec has no operation with " + what);
        return found;
    }

    @Test
    @DisplayName("a body field the generated model does not carry")
    void aFieldTheClientDoesNotSend() {
        GeneratedCase valid = first(c -> c.valid() && c.request().body() instanceof ObjectNode, "a JSON body");
        ObjectNode body = ((ObjectNode) valid.request().body()).deepCopy();
        body.put("field_the_model_lacks", 1);
        GeneratedCase altered = new GeneratedCase(valid.name(), valid.operation(), new SampleRequest(
                valid.request().operation(), valid.request().pathParameters(), valid.request().queryParameters(), body),
                true, valid.expectedStatus(), List.of(), valid.seed());

        assertThatThrownBy(() -> runner.run(altered))
                .hasMessageContaining("the body sent differs from the sampled one at [/field_the_model_lacks");
    }

    @Test
    @DisplayName("an answer with a status the operation does not declare")
    void anUndeclaredStatus() {
        GeneratedCase valid = first(GeneratedCase::valid, "a valid request");
        GeneratedCase undeclared = new GeneratedCase(valid.name(), valid.operation(), valid.request(), true, 299,
                List.of(), valid.seed());

        assertThatThrownBy(() -> runner.run(undeclared))
                .hasMessageContaining("299")
                .hasMessageContaining("validation.response.status.unknown");
    }

    @Test
    @DisplayName("an 'invalid' variant that conforms")
    void anInvalidVariantThatConforms() {
        GeneratedCase valid = first(c -> c.valid() && c.operation().declares(422), "a 422");
        GeneratedCase mislabelled = new GeneratedCase("not really invalid", valid.operation(), valid.request(), false, 422,
                List.of("body"), valid.seed());

        assertThatThrownBy(() -> runner.run(mislabelled)).hasMessageContaining("the request conforms");
    }

    @Test
    @DisplayName("a 422 that does not name the broken location")
    void aWrongLocation() {
        GeneratedCase invalid = first(c -> !c.valid(), "an invalid variant");
        GeneratedCase elsewhere = new GeneratedCase(invalid.name(), invalid.operation(), invalid.request(), false, 422,
                List.of("body", "no_such_field"), invalid.seed());

        assertThatThrownBy(() -> runner.run(elsewhere))
                .hasMessageContaining("the 422 does not name [body, no_such_field]");
    }

    @Test
    @DisplayName("nothing, for the cases as generated")
    void theGeneratedCasesPass() {
        GeneratedCase valid = first(GeneratedCase::valid, "a valid request");
        runner.run(valid);
        cases.stream().filter(c -> !c.valid()).findFirst().ifPresent(runner::run);
    }
}
