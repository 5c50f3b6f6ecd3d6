package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixtures {@code .ci/check-spec-swap.sh} builds the whole project with are the whole v2 API
 * ({@code whole-api.yaml}) plus what they exist to show. The client's samples, tests and contract
 * scenarios call operations of the whole API by name, so a superset compiles only if what it adds
 * leaves every one of those operations, its schemas and its name as they are.
 */
class SupersetFixturesTest {

    private static final SpecDocument WHOLE_API = SpecDocument.load(TestSpecs.fixture("whole-api.yaml"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"router-collisions.yaml", "handler-prefixes.yaml"})
    void everyOperationOfTheWholeApiKeepsExactlyItsName(String fixture) {
        // given
        Map<String, String> original = names(WHOLE_API);

        // when
        Map<String, String> inSuperset = names(SpecDocument.load(TestSpecs.fixture(fixture)));

        // then
        assertThat(original).hasSize(47);
        assertThat(inSuperset).hasSizeGreaterThan(original.size()).containsAllEntriesOf(original);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"router-collisions.yaml", "handler-prefixes.yaml"})
    void everyOperationAndSchemaOfTheWholeApiIsThereUnchanged(String fixture) {
        // given
        SpecDocument superset = SpecDocument.load(TestSpecs.fixture(fixture));
        String prefix = fixture.equals("handler-prefixes.yaml") ? "handle_" : "";
        Map<String, SpecOperation> supersetOperations = SpecOperation.all(superset.root()).stream()
                .collect(Collectors.toMap(SpecOperation::key, Function.identity()));

        // then: the operations, but for the handler prefix the fixture gives every operationId
        for (SpecOperation operation : SpecOperation.all(WHOLE_API.root())) {
            assertThat(supersetOperations).as(fixture).containsKey(operation.key());
            ObjectNode expected = operation.node().deepCopy();
            if (operation.operationId() != null) {
                expected.put("operationId", prefix + operation.operationId());
            }
            assertThat(supersetOperations.get(operation.key()).node())
                    .as("%s: %s", fixture, operation)
                    .isEqualTo(expected);
        }
        // and every schema, with the same security
        JsonNode schemas = superset.root().path("components").path("schemas");
        WHOLE_API
                .root()
                .path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(schema -> assertThat(schemas.get(schema.getKey()))
                        .as("%s: schema %s", fixture, schema.getKey())
                        .isEqualTo(schema.getValue()));
        assertThat(superset.root().path("components").path("securitySchemes"))
                .isEqualTo(WHOLE_API.root().path("components").path("securitySchemes"));
        assertThat(superset.root().path("security")).isEqualTo(WHOLE_API.root().path("security"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"router-collisions.yaml", "handler-prefixes.yaml"})
    void whatTheFixtureAddsCollidesWithTheWholeApi(String fixture) {
        // given
        Map<String, String> original = names(WHOLE_API);
        List<SpecOperation> operations =
                SpecOperation.all(SpecDocument.load(TestSpecs.fixture(fixture)).root());
        Map<String, String> plainNames = new LinkedHashMap<>();
        operations.forEach(operation -> plainNames.put(
                operation.key(), operation.tag() + "." + OperationNames.derive(operation.method(), operation.path())));

        // when: the added operations whose plain name is one an original operation of the tag has
        List<String> colliding = operations.stream()
                .filter(operation -> !original.containsKey(operation.key()))
                .filter(added -> operations.stream()
                        .anyMatch(other -> original.containsKey(other.key())
                                && plainNames.get(other.key()).equals(plainNames.get(added.key()))))
                .map(SpecOperation::key)
                .toList();

        // then: the fixture shows collisions with the whole API, not beside it
        assertThat(colliding).as(fixture).hasSizeGreaterThanOrEqualTo(2);
    }

    private static Map<String, String> names(SpecDocument spec) {
        return NameCollisionsTest.namesByKey(OperationNames.withoutOverrides(), SpecOperation.all(spec.root()));
    }
}
