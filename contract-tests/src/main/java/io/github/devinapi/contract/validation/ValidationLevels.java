package io.github.devinapi.contract.validation;

import com.atlassian.oai.validator.report.LevelLoader;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The validator's levels, each chosen on purpose; everything else is an error. They are the suite's
 * alone: the library would otherwise let {@code -Dswagger.*} properties, a {@code .swagger-validator}
 * file or a {@code swagger-validator.properties} on the classpath switch rules off unseen.
 */
public final class ValidationLevels {

    /** Each rule set below error, and why. */
    private static final Map<String, String> LOWERED = new LinkedHashMap<>();

    static {
        // By default the library injects additionalProperties:false into every object schema. The spec's
        // schemas allow extra properties (a newer server may add fields), so that would fail conforming live
        // responses. A schema that forbids them is still enforced.
        LOWERED.put("validation.schema.additionalProperties", "extra properties the schema allows are not errors");
        LOWERED.put(
                "validation.request.security", "the bearer is checked by the suite itself, from the spec's security");
    }

    /** Reads no levels from anywhere: no system properties, files or classpath resources. */
    private static final LevelLoader NO_OUTSIDE_LEVELS = new LevelLoader() {
        @Override
        public Map<String, Level> loadLevels() {
            return Map.of();
        }

        @Override
        public Optional<Level> defaultLevel() {
            return Optional.empty();
        }
    };

    private ValidationLevels() {}

    static LevelResolver resolver() {
        LevelResolver.Builder levels =
                LevelResolver.create().withLoader(NO_OUTSIDE_LEVELS).withDefaultLevel(Level.ERROR);
        LOWERED.keySet().forEach(rule -> levels.withLevel(rule, Level.IGNORE));
        return levels.build();
    }

    /** One line for the run's summary: the levels in force, nothing else applies. */
    public static String describe() {
        StringBuilder text = new StringBuilder("validator levels: every rule an error, except ");
        LOWERED.forEach((rule, why) ->
                text.append(rule).append(" ignored (").append(why).append("); "));
        return text.append("no outside overrides read").toString();
    }
}
