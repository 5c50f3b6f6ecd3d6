package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaSamplerTest {

    @Test
    void everySampledDateTimeIsRfc3339WithSeconds() {
        // given: enough seeds that some land on a whole minute
        ObjectNode dateTime =
                JsonNodeFactory.instance.objectNode().put("type", "string").put("format", "date-time");

        // when
        List<String> samples = new ArrayList<>();
        for (long seed = 0; seed < 2_000; seed++) {
            samples.add(new SchemaSampler(dateTime, seed, SchemaSampler.Mode.FULL)
                    .sample(dateTime)
                    .asText());
        }

        // then
        assertThat(samples).allMatch(value -> value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), "RFC 3339");
    }

    @Test
    void aRequiredPropertyTheSchemaNeverDeclaresIsFilledToo() {
        // given: as EnterpriseSnapshotResponse of the v2 spec, which requires an undeclared 'description'
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        schema.putObject("properties").putObject("snapshot_id").put("type", "string");
        schema.putArray("required").add("snapshot_id").add("description");

        // when
        var sample = new SchemaSampler(schema, 1, SchemaSampler.Mode.MINIMAL).sample(schema);

        // then
        assertThat(sample.has("snapshot_id")).isTrue();
        assertThat(sample.path("description").asText()).startsWith("description-");
    }
}
