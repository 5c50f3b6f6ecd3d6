package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture specs are what they claim to be: a rich valid one, and malformed ones that are refused clearly. */
class FixtureSpecsTest {

    @Test
    void theMultiOperationFixtureNamesEveryOperationReadably() {
        SpecDocument spec = SpecDocument.load(TestSpecs.fixture("multi-operation.yaml"));

        assertThat(OperationNames.withoutOverrides()
                        .assign(SpecOperation.all(spec.root()))
                        .values())
                .containsExactlyInAnyOrder(
                        "listOrganizations",
                        "createOrganization",
                        "getOrganization",
                        "deleteOrganization",
                        "addOrganizationMembers",
                        "listOrganizationMembers",
                        "removeOrganizationMember",
                        "updateGroup",
                        "listApiKeys",
                        "listAuditLogs",
                        "getConsumption",
                        "cancelSession");
    }

    @Test
    void theMultiOperationFixtureMapsItsScalarUnionToo() {
        var prepared = GenerationSpec.prepare(
                SpecDocument.load(TestSpecs.fixture("multi-operation.yaml")),
                OperationNames.withoutOverrides(),
                List.of());

        assertThat(prepared.at("/components/schemas/AuditLogEntry/properties/target/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ScalarUnion");
    }

    @Test
    void malformedYamlIsRefusedWithFileLineAndProblem() {
        assertThatThrownBy(() -> SpecDocument.load(TestSpecs.fixture("malformed-yaml.yaml")))
                .isInstanceOf(SpecException.class)
                .hasMessageMatching("(?s).*malformed-yaml\\.yaml:1[45]:\\d+: not valid YAML/JSON: .*");
    }

    @Test
    void aDanglingRefIsRefusedWithFileLineAndTarget() {
        assertThatThrownBy(() -> SpecDocument.load(TestSpecs.fixture("dangling-ref.yaml")))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("dangling-ref.yaml:39:")
                .hasMessageContaining("'#/components/schemas/OrganizationsPage'")
                .hasMessageContaining("points to nothing");
    }
}
