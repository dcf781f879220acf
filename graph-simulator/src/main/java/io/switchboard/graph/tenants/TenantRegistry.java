package io.switchboard.graph.tenants;

import io.switchboard.graph.common.GraphException;
import io.switchboard.graph.config.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** All simulated tenants, addressable by id or by domain (as Entra accepts both in token URLs). */
@ApplicationScoped
public class TenantRegistry {

    private final ConcurrentMap<String, Tenant> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Tenant> byDomain = new ConcurrentHashMap<>();
    private final SimulatorConfig config;

    public TenantRegistry(SimulatorConfig config) {
        this.config = config;
    }

    public synchronized Tenant create(String id, String displayName, String domain) {
        String tenantId = id == null || id.isBlank() ? UUID.randomUUID().toString() : id.toLowerCase(Locale.ROOT);
        String tenantDomain = domain == null || domain.isBlank() ? "tenant-" + tenantId.substring(0, 8) + ".onmicrosoft.com"
                : domain.toLowerCase(Locale.ROOT);
        if (byId.containsKey(tenantId) || byDomain.containsKey(tenantDomain)) {
            throw new GraphException(409, "Conflict", "A tenant with id '" + tenantId + "' or domain '" + tenantDomain + "' already exists.");
        }
        Tenant tenant = new Tenant(tenantId, displayName == null ? tenantDomain : displayName, tenantDomain,
                TenantSettings.from(config.defaults()));
        byId.put(tenantId, tenant);
        byDomain.put(tenantDomain, tenant);
        return tenant;
    }

    public Optional<Tenant> find(String idOrDomain) {
        if (idOrDomain == null) {
            return Optional.empty();
        }
        String key = idOrDomain.toLowerCase(Locale.ROOT);
        Tenant tenant = byId.get(key);
        return Optional.ofNullable(tenant != null ? tenant : byDomain.get(key));
    }

    public Tenant require(String idOrDomain) {
        return find(idOrDomain).orElseThrow(() -> GraphException.notFound("Tenant '" + idOrDomain + "' does not exist in the simulator."));
    }

    public Collection<Tenant> all() {
        return byId.values();
    }

    public synchronized void remove(String id) {
        Tenant tenant = require(id);
        byId.remove(tenant.id());
        byDomain.remove(tenant.domain());
    }

    public synchronized void clear() {
        byId.clear();
        byDomain.clear();
    }
}
