package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationSpecTest {

    @Nested
    class TheSingleOperationSpec {

        private final ObjectNode prepared = GenerationSpec.prepare(
                SpecDocument.load(TestSpecs.fixture("single-operation.yaml")),
                OperationNames.withoutOverrides(),
                List.of());

        private JsonNode schema(String name) {
            return prepared.path("components").path("schemas").path(name);
        }

        @Test
        void theOperationGetsItsReadableNameAndKeepsItsSpecId() {
            JsonNode post = prepared.path("paths")
                    .path("/v2/enterprise/organizations/{org_id}/members")
                    .path("post");

            assertThat(post.path("operationId").asText()).isEqualTo("addOrganizationMembers");
            assertThat(post.path("x-spec-operation-id").asText())
                    .startsWith("enterprise_organizations_member_addition");
        }

        @Test
        void locItemsBecomeTheScalarUnion() {
            assertThat(schema("ValidationError")
                            .at("/properties/loc/items/$ref")
                            .asText())
                    .isEqualTo("#/components/schemas/ScalarUnion");
            assertThat(schema("ScalarUnion").path("type").asText()).isEqualTo("object");
        }

        @Test
        void nullableAnyOfBecomesThePlainType() {
            JsonNode properties = schema("EnterpriseBulkOrgMembersUpdate").path("properties");

            assertThat(properties.at("/org_role/type").asText()).isEqualTo("string");
            assertThat(properties.at("/org_role/anyOf").isMissingNode()).isTrue();
            assertThat(properties.at("/group_names/type").asText()).isEqualTo("array");
            assertThat(properties.at("/group_names/items/type").asText()).isEqualTo("string");
            assertThat(properties.at("/group_names/title").asText()).isEqualTo("Group Names");
        }

        @Test
        void theContractItselfIsNotChanged() {
            SpecDocument spec = SpecDocument.load(TestSpecs.fixture("single-operation.yaml"));
            GenerationSpec.prepare(spec, OperationNames.withoutOverrides(), List.of());

            assertThat(spec.root()
                            .at("/components/schemas/ValidationError/properties/loc/items/anyOf")
                            .size())
                    .isEqualTo(2);
        }
    }

    @Nested
    class Schemas {

        @TempDir
        Path dir;

        private ObjectNode prepare(String componentsYaml) throws IOException {
            Path file = dir.resolve("spec.yaml");
            Files.writeString(file, "openapi: 3.1.0\npaths: {}\ncomponents:\n  schemas:\n" + componentsYaml.indent(4));
            return GenerationSpec.prepare(SpecDocument.load(file), OperationNames.withoutOverrides(), List.of());
        }

        @Test
        void aTypeListWithNullBecomesTheType() throws IOException {
            var prepared = prepare("A: {type: object, properties: {n: {type: [integer, 'null']}}}");

            assertThat(prepared.at("/components/schemas/A/properties/n/type").asText())
                    .isEqualTo("integer");
        }

        @Test
        void aTypeListOfSeveralScalarsBecomesTheScalarUnion() throws IOException {
            var prepared = prepare("A: {type: object, properties: {n: {type: [integer, string, 'null']}}}");

            assertThat(prepared.at("/components/schemas/A/properties/n/$ref").asText())
                    .isEqualTo("#/components/schemas/ScalarUnion");
        }

        @Test
        void aOneOfOfNumberAndBooleanBecomesTheScalarUnionWherever() throws IOException {
            var prepared = prepare("A: {type: array, items: {type: object, additionalProperties: "
                    + "{oneOf: [{type: number}, {type: boolean}, {type: 'null'}]}}}");

            assertThat(prepared.at("/components/schemas/A/items/additionalProperties/$ref")
                            .asText())
                    .isEqualTo("#/components/schemas/ScalarUnion");
        }

        @Test
        void aUnionOfOneScalarTypeBecomesThatType() throws IOException {
            var prepared = prepare("A: {anyOf: [{type: string}, {type: string, enum: [x, y]}]}");

            assertThat(prepared.at("/components/schemas/A/type").asText()).isEqualTo("string");
            assertThat(prepared.at("/components/schemas/A/anyOf").isMissingNode())
                    .isTrue();
        }

        @Test
        void aNullableRefBecomesTheRef() throws IOException {
            var prepared = prepare("B: {type: object}\nA: {type: object, properties: {b: {anyOf: "
                    + "[{$ref: '#/components/schemas/B'}, {type: 'null'}], title: The B}}}");

            assertThat(prepared.at("/components/schemas/A/properties/b/$ref").asText())
                    .isEqualTo("#/components/schemas/B");
        }

        @Test
        void aUnionOfObjectsIsLeftToTheGeneratorWithoutItsNull() throws IOException {
            var prepared = prepare("B: {type: object}\nC: {type: object}\nA: {anyOf: [{$ref: '#/components/schemas/B'},"
                    + " {$ref: '#/components/schemas/C'}, {type: 'null'}]}");

            assertThat(prepared.at("/components/schemas/A/anyOf").size()).isEqualTo(2);
            assertThat(prepared.at("/components/schemas/ScalarUnion").isMissingNode())
                    .isTrue();
        }

        @Test
        void aRequiredPropertyTheSchemaNeverDeclaresIsDeclaredForTheGenerator() throws IOException {
            var prepared = prepare("A: {type: object, properties: {id: {type: string}}, required: [id, description]}");

            assertThat(prepared.at("/components/schemas/A/properties/description")
                            .isObject())
                    .isTrue();
            assertThat(prepared.at("/components/schemas/A/properties/description")
                            .isEmpty())
                    .isTrue();
            assertThat(prepared.at("/components/schemas/A/properties/id/type").asText())
                    .isEqualTo("string");
        }

        @Test
        void aSpecThatAlreadyHasAScalarUnionSchemaIsRefused() throws IOException {
            assertThatThrownBy(
                            () -> prepare("ScalarUnion: {type: object}\nA: {anyOf: [{type: string}, {type: integer}]}"))
                    .isInstanceOf(SpecException.class)
                    .hasMessageContaining("'ScalarUnion'");
        }
    }

    @Nested
    class Fingerprint {

        private String fingerprint(String settings) {
            return GenerationSpec.prepare(
                            SpecDocument.load(TestSpecs.fixture("multi-operation.yaml")),
                            OperationNames.withoutOverrides(),
                            List.of(settings.getBytes(StandardCharsets.UTF_8)))
                    .at("/info/x-generation-fingerprint")
                    .asText();
        }

        @Test
        void isStableForTheSameInputs() {
            assertThat(fingerprint("<library>retrofit2</library>"))
                    .isEqualTo(fingerprint("<library>retrofit2</library>"));
        }

        @Test
        void changesWithTheGeneratorSettings() {
            assertThat(fingerprint("<library>retrofit2</library>"))
                    .isNotEqualTo(fingerprint("<library>native</library>"));
        }
    }
}
