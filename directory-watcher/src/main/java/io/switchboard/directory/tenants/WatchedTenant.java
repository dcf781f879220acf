package io.switchboard.directory.tenants;

import io.switchboard.graph.client.GraphTenantConfig;
import java.time.Duration;

/**
 * A tenant the watcher syncs: its id, how to reach Graph as it, and how often to poll.
 *
 * @param notifications whether to subscribe to Graph change notifications for it (when a notification URL is configured)
 */
public record WatchedTenant(String tenantId, GraphTenantConfig graph, Duration pollInterval, boolean enabled, boolean notifications) {

    public WatchedTenant {
        if (!tenantId.equals(graph.tenantId())) {
            throw new IllegalArgumentException("tenant id " + tenantId + " differs from its Graph configuration's " + graph.tenantId());
        }
    }
}
