package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.bench.clients.AssignmentEvents;
import io.switchboard.bench.stats.Percentiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Seconds, for CI: a few joiners with notifications and a small bulk import, each user checked in Teams. No targets. */
public final class SmokeScenario implements Scenario {

    @Override
    public String name() {
        return "smoke";
    }

    @Override
    public String description() {
        return "a few joiners and a small bulk import, every user checked in Teams; for CI (--joiners 5 --users 200)";
    }

    @Override
    public List<ScenarioResult> run(BenchContext ctx) throws Exception {
        int joiners = ctx.options().integer("joiners", 5);
        int users = ctx.options().integer("users", 200);
        ScenarioResult result = new ScenarioResult(name());
        ctx.tenant().ensureCapacity(joiners + users);
        WatcherMode.awaitSubscription(ctx, Duration.ofSeconds(150));
        try (AssignmentEvents events = new AssignmentEvents(ctx.stack().kafka())) {
            Joiners.Created created = Joiners.onboard(ctx, joiners, 5, "smoke");
            boolean all = Completions.await(ctx, events, created.startedAt()::keySet, joiners, Duration.ofMinutes(2));
            List<Double> latencies = Joiners.latencies(created.startedAt(), events);
            Percentiles p = Percentiles.of(latencies);
            result.figure("joiner p50", p.p50(), "s").figure("joiner max", p.max(), "s");
            if (!all) {
                result.failure((joiners - latencies.size()) + " joiners had no number after 2 min");
            }
            NumberCheck.report(NumberCheck.verify(ctx.simulator(), created.startedAt().keySet(), events), result, "joiners");
        }
        List<ScenarioResult> out = new ArrayList<>(List.of(result.finish()));
        BulkScenario.measure(ctx, users, "smoke-bulk", () -> { }, false).stream().filter(r -> !r.name().equals("resources")).forEach(out::add);
        return out;
    }
}
