package io.switchboard.bench.scenarios;

import io.switchboard.bench.clients.Http;
import io.switchboard.bench.clients.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * New hires arriving one by one, as an HR system onboards them: each is created through Graph and licensed (E5,
 * includes Teams Phone) right after, at a steady rate. The clock of a joiner starts just before its creation.
 */
final class Joiners {

    /** When each joiner's creation started, by user id; and how many Graph calls were answered 429/503 and retried. */
    record Created(Map<String, Instant> startedAt, int retried) {
    }

    private Joiners() {
    }

    static Created onboard(BenchContext ctx, int count, double perSecond, String purpose) throws Exception {
        String domain = ctx.nextDomain(purpose);
        String e5 = ctx.simulator().skuId(BenchTenant.LICENCE);
        Map<String, Instant> started = new ConcurrentHashMap<>();
        AtomicInteger retried = new AtomicInteger();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(8);
        try {
            List<Future<?>> pending = new ArrayList<>();
            long gapMicros = (long) (1_000_000 / perSecond);
            for (int i = 0; i < count; i++) {
                String upn = "joiner-" + (i + 1) + "@" + domain;
                pending.add(pool.schedule(() -> {
                    Instant t0 = Instant.now();
                    String id = withRetries(() -> ctx.simulator().createUser(upn, "Berlin", "DE"), retried);
                    started.put(id, t0);
                    withRetries(() -> {
                        ctx.simulator().assignLicense(id, e5);
                        return null;
                    }, retried);
                    return null;
                }, i * gapMicros, TimeUnit.MICROSECONDS));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Created(started, retried.get());
    }

    /** Seconds from each joiner's creation to its confirmed assignment, for those that have one. */
    static List<Double> latencies(Map<String, Instant> startedAt, io.switchboard.bench.clients.AssignmentEvents events) {
        List<Double> out = new ArrayList<>();
        startedAt.forEach((user, t0) -> {
            var done = events.completed().get(user);
            if (done != null) {
                out.add(Duration.between(t0, done.firstAt()).toMillis() / 1000.0);
            }
        });
        return out;
    }

    /** Graph's throttling answers (429, 503) are retried after their Retry-After, as a well-behaved HR system does. */
    private static <T> T withRetries(java.util.concurrent.Callable<T> call, AtomicInteger retried) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (Http.HttpFailure e) {
                if ((e.status() != 429 && e.status() != 503) || attempt >= 20) {
                    throw e;
                }
                retried.incrementAndGet();
                Thread.sleep(Duration.ofMillis(500).toMillis());
            }
        }
    }
}
