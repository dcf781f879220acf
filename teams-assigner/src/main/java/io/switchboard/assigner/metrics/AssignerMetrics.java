package io.switchboard.assigner.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** The assigner's Prometheus metrics, every one tagged by tenant. */
@ApplicationScoped
public class AssignerMetrics {

    private final MeterRegistry registry;

    public AssignerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A task ended: kind ASSIGN/UNASSIGN, outcome succeeded/failed. */
    public void taskFinished(String tenant, String kind, String outcome) {
        registry.counter("switchboard.assigner.tasks", "tenant", tenant, "kind", kind, "outcome", outcome).increment();
    }

    public void failure(String tenant, String reason, boolean retryable) {
        registry.counter("switchboard.assigner.failures", "tenant", tenant, "reason", reason,
                "retryable", Boolean.toString(retryable)).increment();
    }

    public void retryScheduled(String tenant, String reason) {
        registry.counter("switchboard.assigner.retries", "tenant", tenant, "reason", reason).increment();
    }

    /** Graph answered 429/503/504: the tenant is paused for Retry-After. */
    public void throttled(String tenant, int status) {
        registry.counter("switchboard.assigner.throttles", "tenant", tenant, "status", Integer.toString(status)).increment();
    }

    public void graphCall(String tenant, String call, String outcome, Duration duration) {
        Timer.builder("switchboard.assigner.graph.latency")
                .description("duration of one Graph call")
                .tags("tenant", tenant, "call", call, "outcome", outcome)
                .publishPercentiles(0.5, 0.99)
                .register(registry)
                .record(duration);
    }

    public void drift(String tenant, String observation) {
        registry.counter("switchboard.assigner.drift", "tenant", tenant, "observation", observation).increment();
    }
}
