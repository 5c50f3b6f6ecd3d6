package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both commands print the names the rule chose where they differ from the plain rule, once each. */
class SpecToolTest {

    private static final String CHOSEN_NAME = "[spec] name: GET /v2/enterprise/consumption/daily/{user_id} -> "
            + "getConsumptionDailyByUserId (plain rule: getConsumptionDaily, collides with GET /v2/enterprise/consumption/daily)";

    @Test
    void checkPrintsEachNameTheRuleChoseOnce(@TempDir Path dir) {
        List<String> lines = run(
                "check",
                "--spec=" + TestSpecs.fixture("whole-api.yaml"),
                "--accepted=" + dir.resolve("accepted.sha256"),
                "--accepted-copy=" + dir.resolve("accepted.yaml"),
                "--report-dir=" + dir.resolve("report"));

        assertThat(lines.stream().filter(line -> line.startsWith("[spec] name:")))
                .containsExactly(CHOSEN_NAME);
        assertThat(lines).contains("[spec] whole-api.yaml: 47 operation(s), well-formed");
    }

    @Test
    void preparePrintsEachNameTheRuleChoseOnce(@TempDir Path dir) {
        List<String> lines = run(
                "prepare",
                "--spec=" + TestSpecs.fixture("whole-api.yaml"),
                "--out=" + dir.resolve("generation.yaml"),
                "--accessors-out=" + dir.resolve("TagAccessors.java"),
                "--api-package=com.example.api");

        assertThat(lines.stream().filter(line -> line.startsWith("[spec] name:")))
                .containsExactly(CHOSEN_NAME);
        assertThat(dir.resolve("generation.yaml")).exists();
        assertThat(dir.resolve("TagAccessors.java"))
                .content()
                .contains("default com.example.api.OrganizationsApi organizations()");
    }

    private static List<String> run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            SpecTool.run(args);
        } finally {
            System.setOut(original);
        }
        return Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\\R"));
    }
}
