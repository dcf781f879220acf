package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.bench.clients.Presence;
import io.switchboard.bench.clients.Simulator;
import io.switchboard.bench.clients.WebhookReceiver;
import io.switchboard.bench.stats.Percentiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Presence both ways through the running presence-bridge. Platform → Teams: signed webhook batches at a fixed event
 * rate, every user once per rate, from the POST until the simulator answered that user's setPresence (read from its
 * request log, so the figure covers webhook, Kafka, mapping and the Graph call). Teams → platform: a state set in Teams
 * until it reached the platform's webhook (a receiver in this process).
 */
public final class PresenceScenario implements Scenario {

    static final double TARGET_P99_SECONDS = 1.0;

    @Override
    public String name() {
        return "presence";
    }

    @Override
    public String description() {
        return "platform -> Teams p50/p99 at 1,000 and 5,000 events/s, Teams -> platform delay "
                + "(--presence-users 10000 --rates 1000,5000 --samples 30)";
    }

    @Override
    public List<ScenarioResult> run(BenchContext ctx) throws Exception {
        int users = ctx.options().integer("presence-users", 10_000);
        List<Integer> rates = java.util.Arrays.stream(ctx.options().text("rates", "1000,5000").split(",")).map(Integer::parseInt).toList();
        ScenarioResult result = new ScenarioResult(name());
        Presence presence = new Presence(ctx.http(), ctx.tokens(), ctx.stack());
        Simulator simulator = ctx.simulator();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            int matchedBefore = presence.usersMatched();
            String domain = ctx.nextDomain("presence");
            Instant created = Instant.now();
            List<String> ids = simulator.generateUnlicensed(users, created.toEpochMilli(), domain);
            Map<String, Simulator.User> directory = simulator.users();
            List<String> active = ids.stream().filter(id -> directory.get(id).accountEnabled()).toList();
            String platformId = "bench-" + Long.toString(created.toEpochMilli(), 36);
            String secret = "bench-secret-" + platformId;
            presence.platform(platformId, secret, List.of(receiver.url()));
            awaitMatched(ctx, presence, matchedBefore + active.size(), Duration.ofMinutes(15));
            result.figure("users matched (directory -> presence-bridge)", active.size(), "users")
                    .figure("until matched after creation", Duration.between(created, Instant.now()).toMillis() / 1000.0, "s");
            // the Teams -> platform sample is kept out of the inbound runs: a state the bridge set (do not disturb)
            // would outrank the Teams client's Busy in Teams' aggregation, and nothing would change
            int samples = Math.min(ctx.options().integer("samples", 30), active.size() / 10);
            List<String> sample = active.subList(0, samples);
            active = active.subList(samples, active.size());
            String[] states = {"in_call", "do_not_disturb", "presenting"};
            for (int i = 0; i < rates.size(); i++) {
                int rate = rates.get(i);
                Inbound.Outcome o = new Inbound(ctx, presence, platformId, secret).run(active, directory, rate, states[i % states.length]);
                Percentiles p = Percentiles.of(o.latencies());
                String label = String.format("platform->Teams at %,d/s", rate);
                result.figure(label + ": events sent", o.sent(), "events").figure(label + ": send rate achieved", o.achievedRate(), "events/s")
                        .figure(label + ": reached Teams", p.count(), "events")
                        .figure(label + ": p50", p.p50(), "s").figure(label + ": p99", p.p99(), "s").figure(label + ": max", p.max(), "s");
                if (o.rejected() > 0) {
                    result.failure(label + ": " + o.rejected() + " webhook batches answered non-2xx");
                }
                if (rate == 1000) {
                    result.target("presence p99 at 1,000 events/s", p.p99(), true, TARGET_P99_SECONDS, "s");
                }
            }
            try {
                outbound(ctx, simulator, receiver, sample, presence.usersMatched(), result);
            } catch (RuntimeException e) {
                result.failure("Teams -> platform did not complete: " + e.getMessage());
            } finally {
                // the receiver goes away with this run: the bridge must not keep delivering to it
                presence.deletePlatform(platformId);
            }
        }
        result.note("platform -> Teams: webhook batches of 100 events, every user once per rate; clock from the POST to the simulator's "
                + "answer to that user's setPresence (its request log); events of one user are never coalesced here");
        result.note("Teams -> platform: states set in Teams by another app session, until the bridge's webhook delivery reached a receiver in "
                + "the benchmark process; the bridge finds changes by polling Graph's getPresencesByUserId (650 users per request)");
        result.note("50,000 users: --presence-users 50000 (default 10,000: generating and matching 50,000 users takes minutes on 2 cores)");
        return List.of(result.finish());
    }

    /**
     * Until the bridge matched at least {@code wanted} users and the count held still for 5 s: earlier users (a bulk run
     * just before) may still be arriving, and only a count that stopped growing means ours, which came last, are in.
     */
    private static void awaitMatched(BenchContext ctx, Presence presence, int wanted, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        int previous = -1;
        int matched;
        while ((matched = presence.usersMatched()) < wanted || matched != previous) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("presence-bridge matched " + matched + " of " + wanted + " users in " + limit.toMinutes() + " min");
            }
            ctx.log("presence-bridge matched %,d users (at least %,d wanted)", matched, wanted);
            previous = matched;
            Thread.sleep(5000);
        }
    }

    /** Teams -> platform: a sample of users change state in Teams at once; how long until each reached the platform. */
    private static void outbound(BenchContext ctx, Simulator simulator, WebhookReceiver receiver, List<String> sample, int watched,
                                 ScenarioResult result) throws InterruptedException {
        Map<String, Instant> changedAt = new ConcurrentHashMap<>();
        for (String user : sample) {
            changedAt.put(user, Instant.now());
            simulator.teamsSets(user, "Busy", "InACall");
        }
        ctx.log("Teams -> platform: %d users changed state in Teams", changedAt.size());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        List<Double> delays = new ArrayList<>();
        while (delays.size() < changedAt.size() && Instant.now().isBefore(deadline)) {
            delays.clear();
            changedAt.forEach((user, at) -> {
                WebhookReceiver.Delivery d = receiver.last(user);
                if (d != null && d.arrivedAt().isAfter(at)) {
                    delays.add(Duration.between(at, d.arrivedAt()).toMillis() / 1000.0);
                }
            });
            Thread.sleep(100);
        }
        Percentiles p = Percentiles.of(delays);
        String label = String.format("Teams->platform (%,d users matched)", watched);
        result.figure(label + ": p50", p.p50(), "s").figure(label + ": p99", p.p99(), "s").figure(label + ": max", p.max(), "s")
                .figure("webhook deliveries received in total", receiver.deliveries(), "deliveries");
        if (delays.size() < changedAt.size()) {
            result.failure("Teams -> platform: " + (changedAt.size() - delays.size()) + " of " + changedAt.size() + " changes never arrived");
        }
    }
}
