package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptedSpecTest {

    @TempDir
    Path dir;

    @Test
    void aChangedSpecIsReportedWithTheCommandThatAcceptsIt() throws IOException {
        Path spec = dir.resolve("v2-openapi.yaml");
        Files.writeString(spec, "openapi: 3.1.0\npaths: {}\n");
        AcceptedSpec accepted =
                new AcceptedSpec(dir.resolve("v2-openapi.yaml.sha256"), dir.resolve("accepted/v2-openapi.yaml"));
        accepted.accept(SpecDocument.load(spec));

        Files.writeString(spec, "openapi: 3.1.0\npaths: {/new: {}}\n");
        SpecDocument changed = SpecDocument.load(spec);

        assertThat(accepted.accepts(changed)).isFalse();
        assertThat(accepted.changedMessage(changed)).contains(AcceptedSpec.ACCEPT_COMMAND);
    }

    @Test
    void acceptingWritesSha256sumFormat() throws IOException {
        Path spec = dir.resolve("v2-openapi.yaml");
        Files.writeString(spec, "openapi: 3.1.0\npaths: {}\n");
        Path checksum = dir.resolve("v2-openapi.yaml.sha256");

        new AcceptedSpec(checksum, checksum.resolveSibling("accepted/v2-openapi.yaml")).accept(SpecDocument.load(spec));

        assertThat(Files.readString(checksum)).matches("[0-9a-f]{64}  v2-openapi\\.yaml\n");
    }
}
