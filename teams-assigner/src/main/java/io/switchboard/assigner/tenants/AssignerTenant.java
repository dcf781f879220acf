package io.switchboard.assigner.tenants;

import io.switchboard.graph.client.GraphTenantConfig;

/** A tenant the assigner writes to: how to reach its Graph, whether it is on, and its request budget. */
public record AssignerTenant(String id, GraphTenantConfig graph, boolean enabled, TenantBudget budget) {
}
