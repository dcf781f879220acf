package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inventory contention: reservations per second with 8 workers racing for numbers of one range. Eight
 * number-inventory instances beside the stack would not fit 2 cores, so this runs number-inventory's own
 * ReservationBenchmark (the real reservation code: transaction, row lock, audit, outbox, on its own PostgreSQL) through
 * Maven and reads its figures; it needs the source tree, not the running stack.
 */
public final class ContentionScenario implements Scenario {

    private static final Pattern LINE = Pattern.compile("BENCHMARK (.+?)\\s+(\\d+) reservations in\\s+([\\d.]+) s =\\s+([\\d.]+) reservations/s \\((\\d+) reserved\\)");

    @Override
    public String name() {
        return "contention";
    }

    @Override
    public String description() {
        return "reservations/s with 8 workers on one range: number-inventory's ReservationBenchmark through Maven "
                + "(--workers 8 --reservations 3000)";
    }

    @Override
    public List<ScenarioResult> run(BenchContext ctx) throws Exception {
        int workers = ctx.options().integer("workers", 8);
        int reservations = ctx.options().integer("reservations", 3000);
        ScenarioResult result = new ScenarioResult(name());
        if (!Files.exists(Path.of("number-inventory/pom.xml"))) {
            return List.of(result.failure("needs the source tree (number-inventory/pom.xml) in the working directory").finish());
        }
        ProcessBuilder builder = new ProcessBuilder("./mvnw", "-B", "-ntp", "-f", "number-inventory/pom.xml", "test",
                "-Dtest=ReservationBenchmark", "-Dsurefire.failIfNoSpecifiedTests=false", "-Dbenchmark.workers=" + workers,
                "-Dbenchmark.reservations=" + reservations).redirectErrorStream(true);
        ctx.log("running %s", String.join(" ", builder.command()));
        Process process = builder.start();
        int found = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.find() && !m.group(1).startsWith("warm-up")) {
                    found++;
                    String label = m.group(1).trim();
                    result.figure(label + ": reservations/s", Double.parseDouble(m.group(4)), "reservations/s");
                    if (Integer.parseInt(m.group(5)) != Integer.parseInt(m.group(2))) {
                        result.failure(label + ": " + m.group(5) + " reserved of " + m.group(2) + " requested");
                    }
                } else if (line.contains("ERROR") || line.contains("FAIL")) {
                    ctx.log("%s", line);
                }
            }
        }
        int status = process.waitFor();
        if (status != 0 || found == 0) {
            result.failure("ReservationBenchmark did not run (exit " + status + ", " + found + " figures)");
        }
        result.note("number-inventory's ReservationBenchmark: " + reservations + " reservations by 1 worker, then by " + workers
                + " workers racing for one range; real service code on embedded PostgreSQL, not the running stack's instance");
        return List.of(result.finish());
    }
}
