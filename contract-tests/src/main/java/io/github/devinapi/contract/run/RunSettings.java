package io.github.devinapi.contract.run;

import io.github.devinapi.contract.schemadriven.SchemaDrivenCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a contract run is configured with, read once from system properties (the build sets them; see
 * contract-tests/pom.xml). The live tenant's settings come from the environment when a live run is asked
 * for ({@link io.github.devinapi.contract.live.LiveConfiguration}).
 *
 * @param specFile the contract ({@code devin.spec.file})
 * @param target {@code mock} (the embedded tenant) or {@code live} ({@code contract.target})
 * @param record a live run goes through WireMock's recorder ({@code contract.record}, set by {@code -Precord})
 * @param scenariosDir the recorded scenarios to replay ({@code contract.scenarios.dir})
 * @param recordingsDir where a recording run writes ({@code contract.recordings.dir})
 * @param reportDir where the report goes ({@code contract.report.dir})
 * @param seed the seed of the schema-driven scenarios ({@code contract.seed})
 */
public record RunSettings(
        Path specFile,
        String target,
        boolean record,
        Path scenariosDir,
        Path recordingsDir,
        Path reportDir,
        long seed) {

    public static final String SPEC_FILE = "devin.spec.file";
    public static final String TARGET = "contract.target";
    public static final String RECORD = "contract.record";
    public static final String SCENARIOS_DIR = "contract.scenarios.dir";
    public static final String RECORDINGS_DIR = "contract.recordings.dir";
    public static final String REPORT_DIR = "contract.report.dir";
    public static final String SEED = "contract.seed";

    public RunSettings {
        target = target.trim().toLowerCase(Locale.ROOT);
        if (!target.equals("mock") && !target.equals("live")) {
            throw new IllegalStateException(
                    "-D" + TARGET + "=" + target + " is not a target: use mock (the embedded tenant, default) or live");
        }
    }

    /** The settings of this JVM, with the defaults of a run from {@code contract-tests/}. */
    public static RunSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    public static RunSettings from(Function<String, String> properties) {
        Path spec = path(properties, SPEC_FILE, "../spec/v2-openapi.yaml");
        if (!Files.isRegularFile(spec)) {
            throw new IllegalStateException("No spec at " + spec.toAbsolutePath() + ": run through Maven, or set -D"
                    + SPEC_FILE + "=<path to spec/v2-openapi.yaml>");
        }
        return new RunSettings(
                spec,
                text(properties, TARGET, "mock"),
                Boolean.parseBoolean(text(properties, RECORD, "false")),
                path(properties, SCENARIOS_DIR, "src/test/resources/scenarios"),
                path(properties, RECORDINGS_DIR, "target/recordings"),
                path(properties, REPORT_DIR, "target/contract-report"),
                seed(text(properties, SEED, "")));
    }

    public boolean live() {
        return target.equals("live");
    }

    /** How a failure message says to repeat this run's schema-driven scenarios. */
    public String reproduceSeed() {
        return "-D" + SEED + "=" + seed;
    }

    private static long seed(String value) {
        if (value.isEmpty()) {
            return SchemaDrivenCases.DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("-D" + SEED + " must be a whole number, was \"" + value + "\"");
        }
    }

    private static String text(Function<String, String> properties, String name, String fallback) {
        String value = properties.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Path path(Function<String, String> properties, String name, String fallback) {
        return Path.of(text(properties, name, fallback));
    }
}
