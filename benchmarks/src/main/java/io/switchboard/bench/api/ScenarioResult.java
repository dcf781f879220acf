package io.switchboard.bench.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario measured: named figures (in insertion order), the targets they were held against, and notes that
 * say how the figures were obtained and what limits them. {@link #ok()} is false when a check (lost or doubled
 * numbers) failed, independent of the targets.
 */
public final class ScenarioResult {

    /** One figure of the table: value and unit. */
    public record Figure(double value, String unit) {
    }

    private final String name;
    private final Instant startedAt = Instant.now();
    private Instant finishedAt;
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public ScenarioResult(String name) {
        this.name = name;
    }

    public ScenarioResult figure(String label, double value, String unit) {
        figures.put(label, new Figure(value, unit));
        return this;
    }

    public ScenarioResult target(String label, double measured, boolean atMost, double threshold, String unit) {
        targets.add(new Target(label, measured, atMost, threshold, unit));
        return this;
    }

    public ScenarioResult note(String text) {
        notes.add(text);
        return this;
    }

    /** A correctness check failed (e.g. a user without a number): the run is not ok whatever the timings. */
    public ScenarioResult failure(String text) {
        failures.add(text);
        return this;
    }

    public ScenarioResult finish() {
        finishedAt = Instant.now();
        return this;
    }

    public String name() {
        return name;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Map<String, Figure> figures() {
        return figures;
    }

    public List<Target> targets() {
        return targets;
    }

    public List<String> notes() {
        return notes;
    }

    public List<String> failures() {
        return failures;
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    public boolean targetsMet() {
        return targets.stream().allMatch(Target::met);
    }
}
