package io.switchboard.assigner.tenants;

import io.switchboard.graph.client.GraphTenantConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The tenants this instance serves: those in configuration, plus any registered at run time (the
 * tests register the simulator tenants they create; an operator tool could do the same).
 */
@ApplicationScoped
public class TenantRegistry {

    private final Map<String, AssignerTenant> tenants = new ConcurrentHashMap<>();
    private final List<Consumer<AssignerTenant>> listeners = new CopyOnWriteArrayList<>();

    public TenantRegistry(AssignerConfig config) {
        config.tenants().forEach((id, tenant) -> register(new AssignerTenant(id,
                new GraphTenantConfig(id, tenant.clientId(), tenant.clientSecret(), tenant.tokenBaseUrl(), tenant.graphBaseUrl()),
                tenant.enabled(), new TenantBudget(tenant.budget().requestsPerSecond(), tenant.budget().concurrency()))));
    }

    /** Adds or replaces a tenant; listeners (e.g. the first-start import) hear about it. */
    public void register(AssignerTenant tenant) {
        tenants.put(tenant.id(), tenant);
        listeners.forEach(listener -> listener.accept(tenant));
    }

    public void onRegistered(Consumer<AssignerTenant> listener) {
        listeners.add(listener);
    }

    public Optional<AssignerTenant> find(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }

    /** The tenant, or a readable failure naming the missing configuration. */
    public AssignerTenant require(String tenantId) {
        return find(tenantId).orElseThrow(() -> new UnknownTenantException(tenantId));
    }

    public List<AssignerTenant> enabled() {
        return tenants.values().stream().filter(AssignerTenant::enabled).toList();
    }

    public List<AssignerTenant> all() {
        return List.copyOf(tenants.values());
    }
}
