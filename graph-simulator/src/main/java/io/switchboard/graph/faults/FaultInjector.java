package io.switchboard.graph.faults;

import io.switchboard.graph.tenants.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;

/** Decides per Graph request whether a tenant's fault rules answer it with 429/503 or delay it. */
@ApplicationScoped
public class FaultInjector {

    /**
     * @param status        0 to pass, else 429 or 503
     * @param retryAfter    Retry-After seconds for a refusal
     * @param latencyMillis delay before passing or refusing
     */
    public record Decision(int status, int retryAfter, int latencyMillis) {
        public static final Decision PASS = new Decision(0, 0, 0);
    }

    public Decision decide(Tenant tenant, String appId, String method, String path) {
        FaultStore store = tenant.faults();
        if (store.isEmpty()) {
            return Decision.PASS;
        }
        int latency = 0;
        for (FaultStore.Active active : store.active()) {
            FaultRule rule = active.rule();
            if ((rule.method() != null && !rule.method().equalsIgnoreCase(method)) || !active.pattern().matcher(path).find()) {
                continue;
            }
            if (rule.kind() == FaultRule.Kind.BUDGET) {
                int retryAfter = overBudget(store, rule, appId);
                if (retryAfter > 0) {
                    return new Decision(429, retryAfter, latency);
                }
                continue;
            }
            if (rule.probability() < 1.0 && ThreadLocalRandom.current().nextDouble() >= rule.probability()) {
                continue;
            }
            if (!take(active)) {
                continue;
            }
            switch (rule.kind()) {
                case LATENCY -> latency += rule.latencyMillis();
                case THROTTLE -> {
                    return new Decision(429, rule.retryAfterSeconds(), latency);
                }
                case UNAVAILABLE -> {
                    return new Decision(503, rule.retryAfterSeconds(), latency);
                }
                default -> {
                }
            }
        }
        return latency == 0 ? Decision.PASS : new Decision(0, 0, latency);
    }

    /** Counts the request in its window; returns the seconds until the window ends when over the limit, else 0. */
    private static int overBudget(FaultStore store, FaultRule rule, String appId) {
        long now = System.currentTimeMillis();
        long windowMillis = rule.windowSeconds() * 1000L;
        FaultStore.Window window = store.windows().compute(rule.id() + "|" + appId, (k, w) ->
                w == null || now - w.startMillis() >= windowMillis ? new FaultStore.Window(now, 1) : new FaultStore.Window(w.startMillis(), w.count() + 1));
        if (window.count() <= rule.limit()) {
            return 0;
        }
        long remaining = window.startMillis() + windowMillis - now;
        return (int) Math.max(1, (remaining + 999) / 1000);
    }

    private static boolean take(FaultStore.Active active) {
        while (true) {
            int left = active.remaining().get();
            if (left < 0) {
                return true;
            }
            if (left == 0) {
                return false;
            }
            if (active.remaining().compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }
}
