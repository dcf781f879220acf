package io.switchboard.bench;

import io.switchboard.bench.api.Benchmarks;
import io.switchboard.bench.api.Options;
import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.bench.api.StackControl;
import io.switchboard.bench.api.StackEndpoints;
import io.switchboard.bench.report.Environment;
import io.switchboard.bench.report.Report;
import io.switchboard.bench.scenarios.Scenarios;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./switchboard bench [scenario...] [--option value...]}: runs against the stack the SWITCHBOARD_* variables
 * describe, prints the table, writes the JSON under {@code benchmarks/target/results}. Exit 0 even when a target is
 * missed (the figures are the product); 1 when a correctness check failed.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty() && !rest.get(0).startsWith("--")) {
            names.add(rest.remove(0));
        }
        if (names.contains("help")) {
            System.out.println("scenarios: all (default), " + String.join(", ", Scenarios.names()));
            Scenarios.all().values().forEach(s -> System.out.printf("  %-11s %s%n", s.name(), s.description()));
            return;
        }
        if (names.isEmpty()) {
            names.add("all");
        }
        Options options = Options.parse(rest);
        StackEndpoints stack = StackEndpoints.fromEnvironment(System.getenv());
        Instant started = Instant.now();
        Environment environment = Environment.current();
        List<ScenarioResult> results = Benchmarks.run(names, stack, restarter(), options);
        Report.print(results, System.out);
        Path file = Report.write(results, options, environment, started, Path.of(System.getProperty("bench.results", "benchmarks/target/results")));
        System.out.println("results: " + file);
        System.exit(results.stream().allMatch(ScenarioResult::ok) ? 0 : 1);
    }

    /** Restarts a process through deploy/local/bench.sh, which knows how the stack starts it. */
    private static StackControl restarter() {
        String script = System.getProperty("bench.restart-script", "deploy/local/bench.sh");
        return (process, extraOptions) -> {
            ProcessBuilder builder = new ProcessBuilder("bash", script, "restart", process).inheritIO();
            // on top of what the run was started with (e.g. a flight recording), not instead of it
            String variable = "SWITCHBOARD_EXTRA_" + process.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_OPTS";
            String base = System.getenv().getOrDefault(variable, "");
            builder.environment().put(variable, (base + " " + extraOptions).trim());
            int status = builder.start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("restarting " + process + " failed (exit " + status + ")");
            }
        };
    }
}
