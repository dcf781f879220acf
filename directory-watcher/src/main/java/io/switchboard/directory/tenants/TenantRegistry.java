package io.switchboard.directory.tenants;

import io.switchboard.graph.client.GraphTenantConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The watched tenants: read from configuration at start-up. {@link #add} registers one more at run
 * time (used by tests and tooling); listeners (the scheduler) hear about every tenant added.
 */
@ApplicationScoped
public class TenantRegistry {

    private final Map<String, WatchedTenant> tenants = new ConcurrentHashMap<>();
    private final List<Consumer<WatchedTenant>> listeners = new CopyOnWriteArrayList<>();

    public TenantRegistry(DirectoryConfig config) {
        config.tenants().forEach((name, tenant) -> {
            WatchedTenant watched = fromConfig(name, tenant, config);
            tenants.put(watched.tenantId(), watched);
        });
    }

    public Collection<WatchedTenant> all() {
        return List.copyOf(new ArrayList<>(tenants.values()));
    }

    public Optional<WatchedTenant> find(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }

    public void add(WatchedTenant tenant) {
        tenants.put(tenant.tenantId(), tenant);
        listeners.forEach(l -> l.accept(tenant));
    }

    public void onAdded(Consumer<WatchedTenant> listener) {
        listeners.add(listener);
    }

    static WatchedTenant fromConfig(String name, DirectoryConfig.TenantConfig tenant, DirectoryConfig config) {
        String where = "switchboard.directory.tenants." + name;
        String secret = tenant.clientSecret().filter(s -> !s.isBlank())
                .or(() -> tenant.clientSecretFile().map(file -> readSecret(file, where)))
                .orElseThrow(() -> new IllegalStateException(where + " has no client secret: set " + where
                        + ".client-secret or " + where + ".client-secret-file"));
        GraphTenantConfig graph = new GraphTenantConfig(tenant.tenantId(), tenant.clientId(), secret,
                tenant.tokenBaseUrl().orElse(config.tokenBaseUrl()), tenant.graphBaseUrl().orElse(config.graphBaseUrl()));
        return new WatchedTenant(tenant.tenantId(), graph, tenant.pollInterval().orElse(config.pollInterval()), tenant.enabled(),
                tenant.notifications());
    }

    private static String readSecret(String file, String where) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new IllegalStateException(where + ".client-secret-file " + file + " cannot be read: " + e.getMessage()
                    + " (mount the secret there or set " + where + ".client-secret)", e);
        }
    }
}
