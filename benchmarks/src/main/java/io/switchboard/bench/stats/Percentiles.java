package io.switchboard.bench.stats;

import java.util.Arrays;
import java.util.Collection;

/** Latency summary of a sample, nearest-rank percentiles (no interpolation: every figure is a value that occurred). */
public record Percentiles(int count, double min, double p50, double p95, double p99, double max, double mean) {

    public static Percentiles of(Collection<? extends Number> sample) {
        double[] values = sample.stream().mapToDouble(Number::doubleValue).toArray();
        if (values.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(values);
        return new Percentiles(values.length, values[0], rank(values, 50), rank(values, 95), rank(values, 99),
                values[values.length - 1], Arrays.stream(values).average().orElse(Double.NaN));
    }

    /** The smallest value with at least {@code percent} % of the sample at or below it. */
    static double rank(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
