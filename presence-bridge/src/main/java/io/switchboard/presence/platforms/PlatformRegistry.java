package io.switchboard.presence.platforms;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The platforms of every tenant, held in memory (read on every presence event) and kept in step
 * with the database by {@link PlatformService}. Listeners learn of changes through {@link PlatformsChanged}.
 */
@ApplicationScoped
public class PlatformRegistry {

    /** Fired after a tenant's platforms changed. */
    public record PlatformsChanged(String tenantId) {
    }

    private final PlatformRepository repository;
    private final Event<PlatformsChanged> changed;
    private final ConcurrentMap<String, Map<String, Platform>> byTenant = new ConcurrentHashMap<>();

    public PlatformRegistry(PlatformRepository repository, Event<PlatformsChanged> changed) {
        this.repository = repository;
        this.changed = changed;
    }

    void load(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
        for (Platform p : repository.all()) {
            put(p);
        }
        // consumers may have looked a tenant up before the platforms were loaded
        byTenant.keySet().forEach(tenant -> changed.fire(new PlatformsChanged(tenant)));
    }

    public Optional<Platform> find(String tenantId, String platformId) {
        return Optional.ofNullable(byTenant.getOrDefault(tenantId, Map.of()).get(platformId));
    }

    public List<Platform> of(String tenantId) {
        return byTenant.getOrDefault(tenantId, Map.of()).values().stream()
                .sorted(java.util.Comparator.comparing(Platform::platformId)).toList();
    }

    public Set<String> tenants() {
        return byTenant.keySet();
    }

    void stored(Platform p) {
        put(p);
        changed.fire(new PlatformsChanged(p.tenantId()));
    }

    void removed(String tenantId, String platformId) {
        byTenant.computeIfPresent(tenantId, (t, map) -> {
            Map<String, Platform> copy = new java.util.HashMap<>(map);
            copy.remove(platformId);
            return copy.isEmpty() ? null : Map.copyOf(copy);
        });
        changed.fire(new PlatformsChanged(tenantId));
    }

    private void put(Platform p) {
        byTenant.compute(p.tenantId(), (t, map) -> {
            Map<String, Platform> copy = map == null ? new java.util.HashMap<>() : new java.util.HashMap<>(map);
            copy.put(p.platformId(), p);
            return Map.copyOf(copy);
        });
    }
}
