package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecDocumentTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("v2-openapi.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void theProjectSpecLoadsWithItsOperations() {
        SpecDocument spec = SpecDocument.load(TestSpecs.projectSpec());

        assertThat(SpecOperation.all(spec.root())).isNotEmpty();
    }

    @Test
    void theSingleOperationFixtureHasTheMemberAddition() {
        SpecDocument spec = SpecDocument.load(TestSpecs.fixture("single-operation.yaml"));

        assertThat(SpecOperation.all(spec.root()))
                .extracting(SpecOperation::key)
                .containsExactly("POST /v2/enterprise/organizations/{org_id}/members");
    }

    @Test
    void invalidYamlIsReportedWithFileLineAndProblem() throws IOException {
        Path file = write("openapi: 3.1.0\npaths:\n  /a:\n    get: [unclosed\n  /b: {}\n");

        assertThatThrownBy(() -> SpecDocument.load(file))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith(file + ":5:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aDanglingRefIsReportedWithItsLineAndTarget() throws IOException {
        Path file = write("""
                openapi: 3.1.0
                paths:
                  /a:
                    get:
                      responses:
                        '200':
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Missing'
                components:
                  schemas: {}
                """);

        assertThatThrownBy(() -> SpecDocument.load(file))
                .isInstanceOf(SpecException.class)
                .hasMessageStartingWith(file + ":10:")
                .hasMessageContaining("'#/components/schemas/Missing'")
                .hasMessageContaining("points to nothing");
    }

    @Test
    void aDocumentWithoutPathsIsRefused() throws IOException {
        Path file = write("openapi: 3.1.0\ninfo: {title: t, version: '1'}\n");

        assertThatThrownBy(() -> SpecDocument.load(file)).hasMessageContaining("missing top-level 'paths'");
    }

    @Test
    void aSwagger2DocumentIsRefused() throws IOException {
        Path file = write("swagger: '2.0'\nopenapi: '2.0'\npaths: {}\n");

        assertThatThrownBy(() -> SpecDocument.load(file)).hasMessageContaining("OpenAPI 3.0 or 3.1");
    }

    @Test
    void aMissingFileSaysWhereToPutTheSpec() {
        assertThatThrownBy(() -> SpecDocument.load(dir.resolve("absent.yaml")))
                .hasMessageContaining("no such file")
                .hasMessageContaining("spec/README.md");
    }
}
