package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An implementation's own description against the spec, for the operations it serves. */
@DisplayName("Comparing an implementation with the spec")
class ImplementationChangesTest {

    private final SpecDocument spec = SpecDocument.load(TestSpecs.fixture("whole-api.yaml"));

    @Test
    @DisplayName("finds nothing when the implementation serves part of the spec as written")
    void aServedPartAsWritten() {
        SpecDocument implementation = servingOnly("/v2/enterprise/organizations", "/v2/enterprise/roles");

        List<SpecChange> changes = ImplementationChanges.between(spec, implementation);

        assertThat(changes).as("operations it does not serve are not 'removed'").isEmpty();
    }

    @Test
    @DisplayName("names a response field whose type the implementation changed, as breaking")
    void aChangedType() {
        SpecDocument implementation = servingOnly("/v2/enterprise/organizations");
        ((ObjectNode) implementation
                        .root()
                        .path("components")
                        .path("schemas")
                        .path("OrganizationResponse")
                        .path("properties"))
                .putObject("org_id")
                .put("type", "integer");

        List<SpecChange> changes =
                ImplementationChanges.between(spec, SpecDocument.of(implementation.file(), implementation.root()));

        assertThat(changes)
                .filteredOn(SpecChange::breaking)
                .extracting(SpecChange::toString)
                .anyMatch(change ->
                        change.contains("GET /v2/enterprise/organizations") && change.contains("org_id: type changed"));
    }

    @Test
    @DisplayName("names an operation it serves that the spec's path has not, as added")
    void anExtraOperation() {
        ObjectNode root = servingOnly("/v2/enterprise/roles").root();
        ((ObjectNode) root.path("paths"))
                .set(
                        "/v2/enterprise/extra",
                        root.path("paths").path("/v2/enterprise/roles").deepCopy());

        List<SpecChange> changes = ImplementationChanges.between(spec, SpecDocument.of(Path.of("impl.json"), root));

        assertThat(changes)
                .extracting(SpecChange::toString)
                .containsExactly("compatible GET /v2/enterprise/extra: operation added");
    }

    /** The spec with only the given paths, as an implementation serving just those would describe itself. */
    private SpecDocument servingOnly(String... paths) {
        ObjectNode root = spec.root().deepCopy();
        ObjectNode kept = root.putObject("paths");
        for (String path : paths) {
            kept.set(path, spec.root().path("paths").path(path).deepCopy());
        }
        return SpecDocument.of(Path.of("implementation.json"), root);
    }
}
