package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README shows no Java the build does not compile: each of its java blocks is a region of a sample file. */
class ReadmeSnippetsTest {

    @Test
    void every_java_block_of_the_readme_is_a_compiled_region() {
        List<String> compiled = new ArrayList<>();
        for (String sample : List.of("UsageSample.java", "AdminTasks.java")) {
            Snippets.regions(sample).forEach(region -> compiled.add(Snippets.javaBlock(region)));
        }

        List<String> shown = Snippets.readmeJavaBlocks();

        assertThat(shown).isNotEmpty();
        assertThat(compiled).containsAll(shown);
    }
}
