package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import java.util.List;

/** Resident memory and CPU seconds per 1,000 users, measured around a bulk run (the same run "bulk" reports). */
public final class ResourcesScenario implements Scenario {

    @Override
    public String name() {
        return "resources";
    }

    @Override
    public String description() {
        return "peak RSS of every process and CPU seconds per 1,000 users around a bulk run (bulk reports them too; --users 10000)";
    }

    @Override
    public List<ScenarioResult> run(BenchContext ctx) throws Exception {
        if (ctx.stack().stackDirectory().isEmpty()) {
            return List.of(new ScenarioResult(name()).failure("the stack's directory (pids) is unknown").finish());
        }
        return BulkScenario.measure(ctx, ctx.options().integer("users", 10_000), "bulk", () -> { }, true);
    }
}
