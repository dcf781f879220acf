package io.switchboard.bench.scenarios;

import java.time.Duration;
import java.time.Instant;

/**
 * Switches the directory-watcher between change notifications (the stack's default) and polling only: restarted
 * without its subscription for the demo tenant, and the subscription deleted in Graph so that nothing notifies it.
 */
final class WatcherMode {

    static final String WATCHER = "directory-watcher";

    private WatcherMode() {
    }

    static void pollingOnly(BenchContext ctx, Duration interval) throws Exception {
        ctx.log("restarting directory-watcher polling only (every %d s), deleting its change-notification subscription", interval.toSeconds());
        ctx.control().restart(WATCHER, "-Dswitchboard.directory.tenants.demo.notifications=false -Dswitchboard.directory.poll-interval="
                + interval);
        for (String id : ctx.simulator().subscriptionIds()) {
            ctx.simulator().deleteSubscription(id);
        }
    }

    static void notifications(BenchContext ctx, boolean restart) throws Exception {
        if (restart) {
            ctx.log("restarting directory-watcher with change notifications");
            // its database still holds the deleted subscription as valid for a day: a renewal margin longer than the
            // lifetime makes it renew at once, find the subscription gone (404) and create a new one
            ctx.control().restart(WATCHER, "-Dswitchboard.directory.notifications.renew-before=P2D");
        }
        awaitSubscription(ctx, Duration.ofSeconds(150));
    }

    /** The watcher subscribes at start-up and then every minute; the scenario must not start before it did. */
    static void awaitSubscription(BenchContext ctx, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (ctx.simulator().subscriptionIds().isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("directory-watcher did not subscribe to change notifications within " + limit.toSeconds() + " s");
            }
            Thread.sleep(1000);
        }
    }
}
