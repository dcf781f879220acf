package io.switchboard.bench.stats;

import java.time.Duration;

/**
 * The latency of a product that polls the directory every {@code interval}: a change lands at a uniformly random
 * moment of the interval and waits for the next poll, so the p-th percentile is p % of the interval (processing
 * after the poll left out). A model, not a measurement.
 */
public record PollingModel(Duration interval) {

    public double percentileSeconds(double percent) {
        return interval.toMillis() / 1000.0 * percent / 100.0;
    }

    public double meanSeconds() {
        return percentileSeconds(50);
    }

    public double worstSeconds() {
        return percentileSeconds(100);
    }
}
