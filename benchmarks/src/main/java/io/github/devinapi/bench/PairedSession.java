package io.github.devinapi.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one paired measurement ({@link Interleaved}) measured: per side, per round, microseconds per operation.
 * Its JSON is what {@link Interleaved} writes and the bench command reads back.
 */
record PairedSession(
        String benchmark,
        int threads,
        Map<String, String> params,
        int rounds,
        long sliceMillis,
        List<String> sides,
        Map<String, double[]> wall,
        Map<String, double[]> threadCpu,
        Map<String, double[]> processCpu) {

    /**
     * The median of the per-round ratios of {@code side} to {@code other}, and its 95% confidence half-width (1.57
     * times the interquartile range over the square root of the rounds).
     */
    static double[] ratio(double[] side, double[] other) {
        double[] ratios = new double[side.length];
        for (int i = 0; i < side.length; i++) {
            ratios[i] = side[i] / other[i];
        }
        Arrays.sort(ratios);
        double iqr = quantile(ratios, 0.75) - quantile(ratios, 0.25);
        return new double[] {quantile(ratios, 0.5), 1.57 * iqr / Math.sqrt(ratios.length)};
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantile(sorted, 0.5);
    }

    static PairedSession read(Path json) throws IOException {
        return new Gson().fromJson(Files.readString(json, StandardCharsets.UTF_8), PairedSession.class);
    }

    void write(Path json) throws IOException {
        Files.writeString(json, new GsonBuilder().create().toJson(this), StandardCharsets.UTF_8);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }
}
