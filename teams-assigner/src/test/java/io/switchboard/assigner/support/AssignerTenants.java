package io.switchboard.assigner.support;

import io.switchboard.assigner.tenants.AssignerTenant;
import io.switchboard.assigner.tenants.TenantBudget;
import io.switchboard.assigner.tenants.TenantRegistry;
import io.switchboard.graph.client.GraphTenantConfig;

/** Registers a simulator tenant with the running assigner, as configuration would at start-up. */
public final class AssignerTenants {

    private AssignerTenants() {
    }

    public static void register(TenantRegistry registry, Simulator sim, double requestsPerSecond, int concurrency) {
        registry.register(new AssignerTenant(sim.tenantId(),
                new GraphTenantConfig(sim.tenantId(), sim.clientId(), sim.clientSecret(), sim.baseUrl(), sim.baseUrl() + "/v1.0"),
                true, new TenantBudget(requestsPerSecond, concurrency)));
    }
}
