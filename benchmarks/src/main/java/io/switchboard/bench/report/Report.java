package io.switchboard.bench.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.bench.api.Figures;
import io.switchboard.bench.api.Options;
import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.bench.api.Target;
import io.switchboard.bench.clients.Http;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The table printed at the end of a run and the JSON document written beside it. */
public final class Report {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Report() {
    }

    public static void print(List<ScenarioResult> results, PrintStream out) {
        out.println();
        out.printf("%-14s %-52s %14s  %-10s%n", "scenario", "figure", "value", "unit");
        out.println("-".repeat(94));
        for (ScenarioResult r : results) {
            r.figures().forEach((label, f) -> out.printf("%-14s %-52s %14s  %-10s%n", r.name(), label, Figures.format(f.value()), f.unit()));
            for (Target t : r.targets()) {
                out.printf("%-14s %-52s %14s  %-10s %s (target %s)%n", r.name(), "TARGET " + t.name(), Figures.format(t.measured()),
                        t.unit(), t.met() ? "PASS" : "MISS", t.describe());
            }
            r.failures().forEach(f -> out.printf("%-14s FAILED: %s%n", r.name(), f));
        }
        out.println("-".repeat(94));
    }

    /** Writes {@code bench-<time>.json} (and {@code latest.json}) into {@code directory}; returns the file. */
    public static Path write(List<ScenarioResult> results, Options options, Environment environment, Instant started, Path directory)
            throws IOException {
        ObjectNode root = Http.JSON.createObjectNode();
        root.set("environment", Http.JSON.valueToTree(environment));
        root.put("startedAt", started.toString());
        root.put("finishedAt", Instant.now().toString());
        root.set("options", Http.JSON.valueToTree(options.asMap()));
        root.put("allTargetsMet", results.stream().allMatch(ScenarioResult::targetsMet));
        root.put("allChecksPassed", results.stream().allMatch(ScenarioResult::ok));
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult r : results) {
            ObjectNode s = scenarios.addObject();
            s.put("name", r.name());
            s.put("startedAt", r.startedAt().toString());
            s.put("finishedAt", String.valueOf(r.finishedAt()));
            s.put("ok", r.ok());
            ObjectNode figures = s.putObject("figures");
            r.figures().forEach((label, f) -> figures.putObject(label).put("value", Figures.round(f.value(), 3)).put("unit", f.unit()));
            ArrayNode targets = s.putArray("targets");
            for (Target t : r.targets()) {
                targets.addObject().put("name", t.name()).put("measured", Figures.round(t.measured(), 3)).put("target", t.describe())
                        .put("unit", t.unit()).put("result", t.met() ? "pass" : "miss");
            }
            s.set("failures", Http.JSON.valueToTree(r.failures()));
            s.set("notes", Http.JSON.valueToTree(r.notes()));
        }
        Files.createDirectories(directory);
        Path file = directory.resolve("bench-" + FILE_TIME.format(started) + ".json");
        byte[] json = Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        Files.write(file, json);
        Files.write(directory.resolve("latest.json"), json);
        return file;
    }
}
