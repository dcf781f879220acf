package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.bench.clients.AssignmentEvents;
import io.switchboard.bench.clients.Simulator;
import io.switchboard.bench.clients.StageClock;
import io.switchboard.bench.proc.ResourceWatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk onboarding: thousands of licensed users appear in the directory at once (a bulk import: the simulator creates
 * them in one admin call, each with its own change notification, as Entra does), until every enabled one holds a
 * number in Teams. With the stack's directory known it also measures the resources (RSS, CPU seconds) around it.
 */
public final class BulkScenario implements Scenario {

    static final double TARGET_USERS_PER_SECOND = 500;
    static final double TARGET_STACK_RSS_GB = 2.5;

    private final String name;
    private final int defaultUsers;

    public BulkScenario() {
        this("bulk", 10_000);
    }

    BulkScenario(String name, int defaultUsers) {
        this.name = name;
        this.defaultUsers = defaultUsers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return defaultUsers + " licensed users appear at once, until all hold numbers; users/s, no number twice; resources "
                + "(RSS, CPU s per 1,000 users) around it (--users " + defaultUsers + " --timeout-s <users/10, at least 300>)";
    }

    @Override
    public List<ScenarioResult> run(BenchContext ctx) throws Exception {
        return measure(ctx, ctx.options().integer("users", defaultUsers), name, () -> { }, true);
    }

    /**
     * Used by the throttled and smoke scenarios too, with their own size and label; {@code beforeCheck} runs before the
     * users are checked in Teams (the throttled scenario switches its faults off there); {@code targets}: hold the figures
     * against the targets (bulk), or only report them (throttled, smoke).
     */
    static List<ScenarioResult> measure(BenchContext ctx, int users, String label, Runnable beforeCheck, boolean targets)
            throws Exception {
        ScenarioResult result = new ScenarioResult(label);
        ctx.tenant().ensureCapacity(users);
        Duration limit = Duration.ofSeconds(ctx.options().integer("timeout-s", Math.max(300, users / 10)));
        ResourceWatch resources = ctx.stack().stackDirectory().map(ResourceWatch::new).filter(ResourceWatch::sawProcesses).orElse(null);
        Instant t0;
        Instant end;
        List<String> expected;
        boolean all;
        try (AssignmentEvents events = new AssignmentEvents(ctx.stack().kafka()); StageClock stages = new StageClock(ctx.stack().kafka())) {
            ctx.log("%s: %,d licensed users appear at once", label, users);
            t0 = Instant.now();
            List<String> ids = ctx.simulator().generateUsers(users, t0.toEpochMilli(), ctx.nextDomain(label), BenchTenant.LICENCE);
            Duration creating = Duration.between(t0, Instant.now());
            ctx.log("%s: created in %.1f s", label, creating.toMillis() / 1000.0);
            // the generator disables one account in fifty, as real directories hold some; those get no number
            Set<String> wanted = Set.copyOf(ids);
            Map<String, Simulator.User> directory = ctx.simulator().users();
            expected = ids.stream().filter(id -> directory.containsKey(id) && directory.get(id).accountEnabled()).toList();
            all = Completions.await(ctx, events, () -> expected, expected.size(), limit);
            end = expected.stream().map(events.completed()::get).filter(java.util.Objects::nonNull)
                    .map(AssignmentEvents.Completion::firstAt).max(Comparator.naturalOrder()).orElse(Instant.now());
            long done = events.completedAmong(expected);
            double seconds = Duration.between(t0, end).toMillis() / 1000.0;
            result.figure("users created (enabled, licensed)", expected.size(), "users")
                    .figure("creation in the simulator (one admin call)", creating.toMillis() / 1000.0, "s")
                    .figure("until all hold numbers", seconds, "s")
                    .figure("throughput", done / seconds, "users/s");
            Optional<Instant> first = expected.stream().map(events.completed()::get).filter(java.util.Objects::nonNull)
                    .map(AssignmentEvents.Completion::firstAt).min(Comparator.naturalOrder());
            first.ifPresent(f -> result.figure("first number after", Duration.between(t0, f).toMillis() / 1000.0, "s"));
            for (String stage : StageClock.STAGES) {
                Instant passed = stages.allPassed(stage, expected);
                result.figure("all passed " + StageClock.WRITER.get(stage) + " (" + stage + ")",
                        passed == null ? Double.NaN : Duration.between(t0, passed).toMillis() / 1000.0, "s");
            }
            if (targets) {
                result.target(label + " users per second", done / seconds, false, TARGET_USERS_PER_SECOND, "users/s");
            }
            if (!all) {
                result.failure(label + ": " + (expected.size() - done) + " users had no number after " + limit.toSeconds() + " s");
            }
            long failedEvents = events.failed().keySet().stream().filter(wanted::contains).count();
            result.figure("AssignmentFailed events (retried)", failedEvents, "users");
            beforeCheck.run();
            NumberCheck.report(NumberCheck.verify(ctx.simulator(), expected, events), result, "");
        } finally {
            if (resources != null) {
                resources.close();
            }
        }
        result.note("users generated by the simulator's admin API (POST /_simulator/tenants/{t}/users/generate, E5 for all); the watcher "
                + "learns of them through change notifications and delta queries like any directory change");
        result.note("'all passed <service>': when the last user's first event appeared on that service's topic (record timestamp); the "
                + "step between two of them is the time the slower stage needed");
        result.note("clock from the generate call to the last AssignmentCompleted event; every user then checked in the simulator's numberAssignments");
        List<ScenarioResult> out = new ArrayList<>(List.of(result.finish()));
        if (resources != null) {
            out.add(resources(resources, expected.size(), label, targets));
        }
        return out;
    }

    private static ScenarioResult resources(ResourceWatch watch, int users, String label, boolean targets) {
        ScenarioResult r = new ScenarioResult("resources");
        watch.peakRss().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> r.figure("peak RSS " + e.getKey(), e.getValue() / 1024.0 / 1024.0, "MB"));
        double totalGb = watch.peakTotalRss() / 1024.0 / 1024.0 / 1024.0;
        r.figure("peak RSS whole stack (sum at one moment)", totalGb * 1024, "MB");
        Map<String, Double> cpu = watch.cpuSeconds();
        cpu.forEach((process, seconds) -> r.figure("CPU per 1,000 users " + process, seconds * 1000 / users, "s"));
        double totalCpu = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        r.figure("CPU per 1,000 users whole stack", totalCpu * 1000 / users, "s");
        if (targets) {
            r.target("whole stack resident memory", totalGb, true, TARGET_STACK_RSS_GB, "GB");
        }
        r.note("measured around the " + label + " run: VmRSS and utime+stime from /proc of every pid in the stack's pids directory, "
                + "children included (PostgreSQL runs as children of infra; their shared buffers count once per process, so the sum overstates)");
        r.note("processes: " + cpu.keySet().stream().collect(Collectors.joining(", ")) + "; CPU includes the simulator, which plays Entra and Teams");
        return r.finish();
    }
}
