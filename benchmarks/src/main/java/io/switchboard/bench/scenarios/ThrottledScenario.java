package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.bench.clients.AssignmentEvents;
import io.switchboard.bench.stats.Percentiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bulk and joiners again with Graph throttling on: 10 % of Switchboard's Graph calls (delta reads, number assignments,
 * operation polls, subscriptions) answered 429 with Retry-After. Completion time, and that no user is lost or doubled.
 */
public final class ThrottledScenario implements Scenario {

    /** The calls Switchboard makes and the benchmark's own checks do not (those must see Teams as it is). */
    static final String SWITCHBOARD_CALLS = "delta|assignNumber|unassignNumber|operations|subscriptions";

    @Override
    public String name() {
        return "throttled";
    }

    @Override
    public String description() {
        return "bulk and joiners with 10 % of Graph calls answered 429: completion time, nothing lost or doubled "
                + "(--throttled-users 2000 --throttled-joiners 100 --share 0.1)";
    }

    @Override
    public List<ScenarioResult> run(BenchContext ctx) throws Exception {
        int users = ctx.options().integer("throttled-users", 2000);
        int joiners = ctx.options().integer("throttled-joiners", 100);
        double share = ctx.options().decimal("share", 0.1);
        ctx.tenant().ensureCapacity(users + joiners);
        ctx.simulator().clearFaults();
        ctx.simulator().addFault(Map.of("kind", "THROTTLE", "pathPattern", SWITCHBOARD_CALLS, "probability", share, "retryAfterSeconds", 1));
        List<ScenarioResult> out = new ArrayList<>();
        try {
            out.addAll(BulkScenario.measure(ctx, users, "throttled-bulk", ctx.simulator()::clearFaults, false).stream()
                    .filter(r -> !r.name().equals("resources")).toList());
            ctx.simulator().addFault(Map.of("kind", "THROTTLE", "pathPattern", SWITCHBOARD_CALLS, "probability", share, "retryAfterSeconds", 1));
            out.add(joiners(ctx, joiners, share));
        } finally {
            ctx.simulator().clearFaults();
        }
        out.forEach(r -> r.note(String.format("%.0f %% of Switchboard's Graph calls (%s) answered 429 with Retry-After: 1; cleared before "
                + "the check in Teams", share * 100, SWITCHBOARD_CALLS)));
        return out;
    }

    private static ScenarioResult joiners(BenchContext ctx, int count, double share) throws Exception {
        ScenarioResult result = new ScenarioResult("throttled-joiner");
        try (AssignmentEvents events = new AssignmentEvents(ctx.stack().kafka())) {
            Joiners.Created created = Joiners.onboard(ctx, count, 5, "throttled-joiner");
            boolean all = Completions.await(ctx, events, created.startedAt()::keySet, count, Duration.ofMinutes(5));
            List<Double> latencies = Joiners.latencies(created.startedAt(), events);
            ctx.simulator().clearFaults();
            Percentiles p = Percentiles.of(latencies);
            result.figure("joiners", count, "users").figure("p50", p.p50(), "s").figure("p99", p.p99(), "s").figure("max", p.max(), "s");
            if (!all) {
                result.failure((count - latencies.size()) + " joiners had no number after 5 min");
            }
            NumberCheck.report(NumberCheck.verify(ctx.simulator(), created.startedAt().keySet(), events), result, "throttled joiners");
        }
        return result.finish();
    }
}
