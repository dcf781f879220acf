package io.switchboard.bench.api;

/**
 * A figure measured against the target.
 *
 * @param name      e.g. "joiner p99 (notifications)"
 * @param measured  the figure, in {@code unit}
 * @param atMost    true: the target is an upper bound (latency, memory); false: a lower bound (throughput)
 * @param threshold the bound
 */
public record Target(String name, double measured, boolean atMost, double threshold, String unit) {

    public boolean met() {
        return atMost ? measured <= threshold : measured >= threshold;
    }

    public String describe() {
        return (atMost ? "<= " : ">= ") + Figures.format(threshold) + " " + unit;
    }
}
