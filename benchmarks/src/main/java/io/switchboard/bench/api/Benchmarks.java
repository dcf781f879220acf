package io.switchboard.bench.api;

import io.switchboard.bench.scenarios.BenchContext;
import io.switchboard.bench.scenarios.Scenario;
import io.switchboard.bench.scenarios.Scenarios;
import java.util.ArrayList;
import java.util.List;

/**
 * The library entry point: runs scenarios against any running stack and returns what they measured, e.g. from
 * system-tests: {@code Benchmarks.smoke(StackEndpoints.local(...))}. {@code ./switchboard bench} uses the same.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** The scenarios by name; "all" runs the full set. */
    public static List<String> names() {
        return Scenarios.names();
    }

    public static List<ScenarioResult> run(List<String> names, StackEndpoints stack, StackControl control, Options options)
            throws Exception {
        BenchContext ctx = new BenchContext(stack, control, options);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : Scenarios.resolve(names)) {
            System.out.printf("%n== %s: %s%n", scenario.name(), scenario.description());
            try {
                results.addAll(scenario.run(ctx));
            } catch (Exception | AssertionError e) {
                // one broken scenario must not hide the figures of the others
                e.printStackTrace(System.out);
                results.add(new ScenarioResult(scenario.name()).failure("did not complete: " + e).finish());
            }
        }
        return results;
    }

    /**
     * A run of seconds that exercises the whole path (a few joiners with notifications, a small bulk import) and checks
     * that every user got exactly one number. {@link ScenarioResult#ok()} says whether it passed.
     */
    public static ScenarioResult smoke(StackEndpoints stack) throws Exception {
        return run(List.of("smoke"), stack, StackControl.NONE, Options.none()).get(0);
    }
}
