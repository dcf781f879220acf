package io.switchboard.presence.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counters, last times, lag and recent errors per tenant and platform, for the status API, also
 * exported as Micrometer metrics tagged by tenant.
 */
@ApplicationScoped
public class StatusBoard {

    private static final int ERRORS_KEPT = 20;

    public record ErrorEntry(Instant at, String message) {
    }

    public static final class Counters {
        final AtomicLong inbound = new AtomicLong();
        final AtomicLong unmatched = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong delivered = new AtomicLong();
        final AtomicLong deliveryFailures = new AtomicLong();
        final AtomicLong teamsChanges = new AtomicLong();
        final AtomicReference<Instant> lastInbound = new AtomicReference<>();
        final AtomicReference<Instant> lastDelivered = new AtomicReference<>();
        final AtomicLong lastInboundLagMillis = new AtomicLong(-1);
        final AtomicLong lastDetectionMillis = new AtomicLong(-1);
        final Deque<ErrorEntry> errors = new ArrayDeque<>();
    }

    private final MeterRegistry metrics;
    private final ConcurrentMap<String, Counters> counters = new ConcurrentHashMap<>();

    public StatusBoard(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    public Counters of(String tenantId, String platformId) {
        return counters.computeIfAbsent(tenantId + "/" + platformId, k -> new Counters());
    }

    /** An inbound state reached Teams; {@code lag} runs from the platform's observation to Graph's answer. */
    public void applied(String tenantId, String platformId, Duration lag) {
        Counters c = of(tenantId, platformId);
        c.inbound.incrementAndGet();
        c.lastInbound.set(Instant.now());
        c.lastInboundLagMillis.set(lag.toMillis());
        timer("switchboard.presence.inbound.lag", tenantId).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    public void unmatched(String tenantId, String platformId, String identity) {
        of(tenantId, platformId).unmatched.incrementAndGet();
        metrics.counter("switchboard.presence.inbound.unmatched", "tenant", tenantId).increment();
    }

    public void rejected(String tenantId, String platformId, String reason) {
        of(tenantId, platformId).rejected.incrementAndGet();
        metrics.counter("switchboard.presence.webhook.rejected", "tenant", tenantId).increment();
    }

    public void teamsChanged(String tenantId, String platformId) {
        of(tenantId, platformId).teamsChanges.incrementAndGet();
    }

    /** A Teams change was detected {@code delay} after the previous poll of its user (upper bound of the detection delay). */
    public void detected(String tenantId, Duration delay) {
        timer("switchboard.presence.outbound.detection", tenantId).record(delay);
    }

    public void delivered(String tenantId, String platformId, Instant occurredAt) {
        Counters c = of(tenantId, platformId);
        c.delivered.incrementAndGet();
        c.lastDelivered.set(Instant.now());
        if (occurredAt != null) {
            c.lastDetectionMillis.set(Duration.between(occurredAt, Instant.now()).toMillis());
        }
    }

    public void deliveryFailed(String tenantId, String platformId, String message) {
        of(tenantId, platformId).deliveryFailures.incrementAndGet();
        error(tenantId, platformId, message);
    }

    public void error(String tenantId, String platformId, String message) {
        Counters c = of(tenantId, platformId);
        synchronized (c.errors) {
            c.errors.addFirst(new ErrorEntry(Instant.now(), message));
            while (c.errors.size() > ERRORS_KEPT) {
                c.errors.removeLast();
            }
        }
    }

    public List<ErrorEntry> errors(String tenantId, String platformId) {
        Counters c = of(tenantId, platformId);
        synchronized (c.errors) {
            return List.copyOf(c.errors);
        }
    }

    private Timer timer(String name, String tenantId) {
        return Timer.builder(name).tag("tenant", tenantId).publishPercentiles(0.5, 0.99).register(metrics);
    }
}
