package io.switchboard.bench.scenarios;

import io.switchboard.bench.clients.Http;
import io.switchboard.bench.clients.Presence;
import io.switchboard.bench.clients.Simulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** One platform -> Teams run: webhook batches at a rate, then the simulator's request log read back for each user. */
final class Inbound {

    record Outcome(int sent, double achievedRate, int rejected, List<Double> latencies) {
    }

    private static final int BATCH = 100;

    private final BenchContext ctx;
    private final Presence presence;
    private final String platformId;
    private final String secret;

    Inbound(BenchContext ctx, Presence presence, String platformId, String secret) {
        this.ctx = ctx;
        this.presence = presence;
        this.platformId = platformId;
        this.secret = secret;
    }

    Outcome run(List<String> users, Map<String, Simulator.User> directory, int rate, String state) throws Exception {
        long seq0 = ctx.simulator().lastRequestSeq();
        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        AtomicInteger rejected = new AtomicInteger();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(32);
        long gapMicros = 1_000_000L * BATCH / rate;
        Instant start = Instant.now();
        List<Future<?>> pending = new ArrayList<>();
        for (int from = 0, n = 0; from < users.size(); from += BATCH, n++) {
            List<String> batch = users.subList(from, Math.min(users.size(), from + BATCH));
            pending.add(pool.schedule(() -> {
                byte[] body = body(batch, directory, state);
                Instant at = Instant.now();
                batch.forEach(u -> sentAt.put(u, at));
                if (presence.webhook(platformId, secret, body) / 100 != 2) {
                    rejected.incrementAndGet();
                }
                return null;
            }, n * gapMicros, TimeUnit.MICROSECONDS));
        }
        for (Future<?> f : pending) {
            f.get();
        }
        pool.shutdown();
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        ctx.log("platform -> Teams at %,d/s: %,d events sent in %.1f s", rate, users.size(), seconds);
        return new Outcome(users.size(), users.size() / seconds, rejected.get(), arrivals(sentAt, seq0));
    }

    private static byte[] body(List<String> batch, Map<String, Simulator.User> directory, String state) {
        var root = Http.JSON.createObjectNode();
        var events = root.putArray("events");
        String now = Instant.now().toString();
        batch.forEach(u -> events.addObject().put("identity", directory.get(u).userPrincipalName()).put("state", state).put("observedAt", now));
        return Http.write(root).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the simulator's log until every user's setPresence was answered or nothing new came for 20 s. */
    private List<Double> arrivals(Map<String, Instant> sentAt, long seq0) throws InterruptedException {
        Map<String, Double> latency = new HashMap<>();
        long seq = seq0;
        Instant quietSince = Instant.now();
        while (latency.size() < sentAt.size() && Duration.between(quietSince, Instant.now()).toSeconds() < 20) {
            List<Simulator.Served> served = ctx.simulator().requests(seq, "/presence/setPresence", 5000);
            for (Simulator.Served s : served) {
                seq = Math.max(seq, s.seq());
                String user = userOf(s.path());
                Instant sent = user == null ? null : sentAt.get(user);
                if (sent != null && s.status() / 100 == 2 && !latency.containsKey(user)) {
                    latency.put(user, Duration.between(sent, s.time()).toMillis() / 1000.0);
                }
            }
            if (!served.isEmpty()) {
                quietSince = Instant.now();
            } else {
                Thread.sleep(250);
            }
        }
        return new ArrayList<>(latency.values());
    }

    private static String userOf(String path) {
        int users = path.indexOf("/users/");
        int presence = path.indexOf("/presence/");
        return users < 0 || presence < users ? null : path.substring(users + 7, presence);
    }
}
