package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.bench.clients.AssignmentEvents;
import io.switchboard.bench.stats.Percentiles;
import io.switchboard.bench.stats.PollingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Joiner latency: a user created (and licensed right after) in Entra until Teams confirmed their number assignment,
 * at a steady arrival rate; once with change notifications, once polling only; beside it the hourly-poll model.
 */
public final class JoinerScenario implements Scenario {

    static final double TARGET_P99_SECONDS = 5.0;

    @Override
    public String name() {
        return "joiner";
    }

    @Override
    public String description() {
        return "user created + licensed until Teams confirmed the number; notifications vs polling only "
                + "(--joiners 200 --rate 5 --poll-interval PT30S --modes notifications,polling)";
    }

    @Override
    public List<ScenarioResult> run(BenchContext ctx) throws Exception {
        int joiners = ctx.options().integer("joiners", 200);
        double rate = ctx.options().decimal("rate", 5);
        Duration pollInterval = Duration.parse(ctx.options().text("poll-interval", "PT30S"));
        List<String> modes = List.of(ctx.options().text("modes", "notifications,polling").split(","));
        ScenarioResult result = new ScenarioResult(name());
        ctx.tenant().ensureCapacity(joiners * modes.size());
        boolean switched = false;
        try (AssignmentEvents events = new AssignmentEvents(ctx.stack().kafka())) {
            for (String mode : modes) {
                if (mode.equals("polling")) {
                    WatcherMode.pollingOnly(ctx, pollInterval);
                    switched = true;
                } else {
                    WatcherMode.notifications(ctx, switched);
                    switched = false;
                }
                Duration wait = Duration.ofSeconds(60).plus(mode.equals("polling") ? pollInterval.multipliedBy(3) : Duration.ZERO);
                Percentiles p = phase(ctx, events, joiners, rate, mode, wait, result);
                result.figure(mode + ": p50", p.p50(), "s").figure(mode + ": p95", p.p95(), "s")
                        .figure(mode + ": p99", p.p99(), "s").figure(mode + ": max", p.max(), "s");
                if (mode.equals("notifications")) {
                    result.target("joiner p99 with notifications", p.p99(), true, TARGET_P99_SECONDS, "s");
                }
            }
        } finally {
            if (switched) {
                restore(ctx, result);
            }
        }
        PollingModel hourly = new PollingModel(Duration.ofHours(1));
        result.figure("hourly polling (model): mean", hourly.meanSeconds(), "s")
                .figure("hourly polling (model): p99", hourly.percentileSeconds(99), "s")
                .figure("hourly polling (model): worst", hourly.worstSeconds(), "s");
        result.note(String.format("%d joiners per mode at %.1f/s; clock from the Graph POST /users to the AssignmentCompleted event "
                + "(teams-assigner saw the operation succeed in Teams), each confirmed by listing numberAssignments in the simulator", joiners, rate));
        result.note("polling only: directory-watcher restarted with notifications off for the tenant, its Graph subscription deleted, poll every "
                + pollInterval.toSeconds() + " s");
        result.note("the simulator's demo tenant models Teams: 2 s licence propagation before a number can be assigned, 1 s per number operation");
        result.note("hourly polling baseline of today's products is a model, not a measurement: a change waits a uniform share of the hour for the next poll");
        return List.of(result.finish());
    }

    /** Back to notifications for the scenarios that follow; a failure here must not lose the figures. */
    private static void restore(BenchContext ctx, ScenarioResult result) {
        try {
            WatcherMode.notifications(ctx, true);
        } catch (Exception e) {
            result.failure("could not switch directory-watcher back to change notifications: " + e.getMessage());
        }
    }

    private Percentiles phase(BenchContext ctx, AssignmentEvents events, int joiners, double rate, String mode, Duration wait,
                              ScenarioResult result) throws Exception {
        ctx.log("joiner (%s): %d users at %.1f/s", mode, joiners, rate);
        Joiners.Created created = Joiners.onboard(ctx, joiners, rate, "joiner-" + mode);
        Map<String, java.time.Instant> started = created.startedAt();
        boolean all = Completions.await(ctx, events, started::keySet, started.size(), wait);
        List<Double> latencies = Joiners.latencies(started, events);
        if (!all) {
            result.failure(mode + ": " + (started.size() - latencies.size()) + " joiners had no number after the wait");
        }
        NumberCheck.report(NumberCheck.verify(ctx.simulator(), started.keySet(), events), result, mode);
        return Percentiles.of(latencies);
    }
}
