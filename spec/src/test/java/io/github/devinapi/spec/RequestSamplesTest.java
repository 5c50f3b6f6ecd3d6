package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestSamplesTest {

    @Nested
    class TheSingleOperationSpec {

        private final SpecDocument spec = SpecDocument.load(TestSpecs.fixture("single-operation.yaml"));
        private final SpecOperation addMembers = SpecOperation.all(spec.root()).get(0);
        private final RequestSamples samples = new RequestSamples(spec.root(), 42);

        @Test
        void aFullRequestFillsEveryBodyFieldWithItsType() {
            SampleRequest request = samples.valid(addMembers, SchemaSampler.Mode.FULL);

            JsonNode body = request.body();
            assertThat(body.fieldNames())
                    .toIterable()
                    .containsExactlyInAnyOrder("user_ids", "org_ids", "org_role", "group_names");
            assertThat(body.get("user_ids").isArray()).isTrue();
            assertThat(body.get("user_ids").get(0).isTextual()).isTrue();
            assertThat(body.get("org_role").isTextual()).isTrue();
            assertThat(request.pathParameters()).containsOnlyKeys("org_id");
        }

        @Test
        void aMinimalRequestHasOnlyTheRequiredFields() {
            JsonNode body =
                    samples.valid(addMembers, SchemaSampler.Mode.MINIMAL).body();

            assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("user_ids", "org_ids");
        }

        @Test
        void theSameSeedGivesTheSameRequestAndAnotherSeedAnotherOne() {
            JsonNode first = samples.valid(addMembers, SchemaSampler.Mode.FULL).body();

            assertThat(new RequestSamples(spec.root(), 42)
                            .valid(addMembers, SchemaSampler.Mode.FULL)
                            .body())
                    .isEqualTo(first);
            assertThat(new RequestSamples(spec.root(), 43)
                            .valid(addMembers, SchemaSampler.Mode.FULL)
                            .body())
                    .isNotEqualTo(first);
        }

        @Test
        void everyWayTheBodyCanBeInvalidIsAVariantWithTheLocationFastApiNames() {
            List<SampleRequest.Invalid> invalid = samples.invalid(addMembers);

            assertThat(invalid)
                    .extracting(SampleRequest.Invalid::name)
                    .containsExactlyInAnyOrder(
                            "body is a JSON array",
                            "user_ids missing",
                            "user_ids null",
                            "org_ids missing",
                            "org_ids null",
                            "group_names of the wrong type",
                            "org_ids of the wrong type",
                            "org_role of the wrong type",
                            "user_ids of the wrong type");
            SampleRequest.Invalid missing = invalid.stream()
                    .filter(v -> v.name().equals("org_ids missing"))
                    .findFirst()
                    .orElseThrow();
            assertThat(missing.expectedLocation()).containsExactly("body", "org_ids");
            assertThat(missing.request().body().has("org_ids")).isFalse();
            assertThat(missing.request().body().has("user_ids")).isTrue();
        }

        @Test
        void aWrongTypeIsReallyWrong() {
            SampleRequest.Invalid wrongUsers = samples.invalid(addMembers).stream()
                    .filter(v -> v.name().equals("user_ids of the wrong type"))
                    .findFirst()
                    .orElseThrow();

            assertThat(wrongUsers.request().body().get("user_ids").isTextual()).isTrue();
        }
    }

    @Nested
    class TheMultiOperationFixture {

        private final SpecDocument spec = SpecDocument.load(TestSpecs.fixture("multi-operation.yaml"));
        private final RequestSamples samples = new RequestSamples(spec.root(), 7);

        private SpecOperation operation(String key) {
            return SpecOperation.all(spec.root()).stream()
                    .filter(op -> op.key().equals(key))
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void queryParametersGetValuesOfTheirTypeWithinTheirBounds() {
            SampleRequest request =
                    samples.valid(operation("GET /v2/enterprise/organizations"), SchemaSampler.Mode.FULL);

            assertThat(request.queryParameters().get("limit").asInt()).isBetween(1, 200);
            assertThat(request.queryParameters().get("cursor").isTextual()).isTrue();
            assertThat(request.body()).isNull();
        }

        @Test
        void formatsAndEnumsAreHonoured() {
            SampleRequest consumption =
                    samples.valid(operation("GET /v2/enterprise/consumption"), SchemaSampler.Mode.MINIMAL);
            SampleRequest members = samples.valid(
                    operation("GET /v2/enterprise/organizations/{org_id}/members"), SchemaSampler.Mode.FULL);

            assertThat(consumption.queryParameters().get("start_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(members.queryParameters().get("roles").get(0).asText()).isIn("admin", "member", "viewer");
        }

        @Test
        void requiredAndTypedQueryParametersGetInvalidVariants() {
            assertThat(samples.invalid(operation("GET /v2/enterprise/consumption")))
                    .extracting(SampleRequest.Invalid::name)
                    .containsExactly("query start_date missing");
            assertThat(samples.invalid(operation("GET /v2/enterprise/organizations")))
                    .extracting(SampleRequest.Invalid::name)
                    .containsExactly("query limit not an integer");
            assertThat(samples.invalid(operation("GET /v2/enterprise/organizations/{org_id}/members")))
                    .extracting(SampleRequest.Invalid::name)
                    .containsExactly("query include_groups not a boolean");
        }

        @Test
        void aBodyWithMapsAndConstraintsIsFilled() {
            JsonNode body = samples.valid(operation("POST /v2/enterprise/organizations"), SchemaSampler.Mode.FULL)
                    .body();

            assertThat(body.get("name").asText().length()).isBetween(1, 100);
            assertThat(body.get("max_sessions").asInt()).isNotNegative();
        }
    }
}
