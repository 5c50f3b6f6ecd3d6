package io.github.devinapi.bench;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What benchmarks/build-time.sh measured (its JSON): wall times of {@code ./mvnw <goal>} on a scratch copy of
 * the tree, from no target/ folders (after one priming build) and again with nothing changed.
 */
record BuildTimes(
        boolean smoke,
        String goal,
        String maven,
        String mavenJava,
        int runs,
        Double primingSeconds,
        List<Double> fullSeconds,
        List<Double> noChangeSeconds) {

    static BuildTimes read(Path json) {
        try {
            return new Gson().fromJson(Files.readString(json, StandardCharsets.UTF_8), BuildTimes.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        }
    }

    static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static String list(List<Double> values) {
        return String.join(
                ", ", values.stream().map(v -> String.format("%.1f", v)).toList());
    }
}
