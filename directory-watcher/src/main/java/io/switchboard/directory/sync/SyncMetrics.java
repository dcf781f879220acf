package io.switchboard.directory.sync;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Micrometer meters of the sync, tagged by tenant. */
@ApplicationScoped
public class SyncMetrics {

    private final MeterRegistry registry;

    public SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void eventsWritten(String tenantId, int events) {
        registry.counter("switchboard.directory.events", "tenant", tenantId).increment(events);
    }

    public void round(String tenantId, RoundResult result) {
        registry.counter("switchboard.directory.rounds", "tenant", tenantId, "outcome", result.outcome().name()).increment();
        registry.counter("switchboard.directory.pages", "tenant", tenantId).increment(result.pages());
    }

    public void graphRetry(String tenantId, int status) {
        registry.counter("switchboard.directory.graph.retries", "tenant", tenantId, "status", Integer.toString(status)).increment();
    }

    public void resync(String tenantId, String reason) {
        registry.counter("switchboard.directory.resyncs", "tenant", tenantId, "reason", reason).increment();
    }
}
