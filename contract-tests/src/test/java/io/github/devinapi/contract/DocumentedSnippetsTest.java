package io.github.devinapi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.contract.run.RunSettings;
import io.github.devinapi.contract.validation.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of CONTRIBUTING.md and contract-tests/README.md is a region of a source file this
 * build compiles (between {@code // snippet:NAME} and {@code // snippet:end}), byte for byte but for indentation.
 */
@DisplayName("The documentation's Java snippets")
class DocumentedSnippetsTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern REGION =
            Pattern.compile("\\n([ \\t]*)// snippet:[\\w-]+\\n(.*?)\\n[ \\t]*// snippet:end", Pattern.DOTALL);

    @Test
    @DisplayName("are each a region of a compiled source file")
    void areCompiledRegions() throws IOException {
        List<String> regions = regions();

        for (Path document : List.of(MODULE.resolve("../CONTRIBUTING.md"), MODULE.resolve("README.md"))) {
            List<String> blocks = javaBlocks(document);
            assertThat(blocks).as("Java snippets in %s", document.getFileName()).isNotEmpty();
            assertThat(regions)
                    .as("compiled regions that %s shows", document.getFileName())
                    .containsAll(blocks);
        }
    }

    @Test
    @DisplayName("run: the engine on its own finds a field of the wrong type, and says which side broke the contract")
    void engineUsageRuns() {
        Verdict verdict = EngineUsageSample.check(
                RunSettings.fromSystemProperties().specFile(),
                "{\"user_ids\":[\"u-1\"],\"org_ids\":[\"org-1\"]}",
                200,
                "{\"status\":1}");

        assertThat(verdict.violations())
                .singleElement()
                .satisfies(violation ->
                        assertThat(violation.attributed()).startsWith("the server: response body at /status"));
    }

    private static List<String> javaBlocks(Path document) {
        List<String> blocks = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(read(document));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    private static List<String> regions() throws IOException {
        List<String> regions = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(MODULE.resolve("src/test/java"))) {
            for (Path source :
                    sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher region = REGION.matcher(read(source));
                while (region.find()) {
                    String indent = region.group(1);
                    regions.add(region.group(2)
                            .lines()
                            .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
                            .reduce((a, b) -> a + "\n" + b)
                            .orElse(""));
                }
            }
        }
        return regions;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
