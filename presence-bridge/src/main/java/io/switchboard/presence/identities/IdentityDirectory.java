package io.switchboard.presence.identities;

import io.quarkus.runtime.StartupEvent;
import io.switchboard.presence.platforms.Platform;
import io.switchboard.presence.platforms.PlatformRegistry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who is who, per tenant and platform, in memory: the known users and one {@link IdentityIndex}
 * per platform. Each tenant is guarded by its own lock; lookups are map reads.
 */
@ApplicationScoped
public class IdentityDirectory {

    private final PlatformRegistry platforms;
    private final IdentityRepository repository;
    private final ConcurrentMap<String, TenantIdentities> tenants = new ConcurrentHashMap<>();

    public IdentityDirectory(PlatformRegistry platforms, IdentityRepository repository) {
        this.platforms = platforms;
        this.repository = repository;
    }

    void load(@Observes @Priority(20) StartupEvent event) {
        repository.all().forEach(entry -> update(entry.getKey(), entry.getValue()));
    }

    void platformsChanged(@Observes PlatformRegistry.PlatformsChanged event) {
        tenant(event.tenantId()).rebuild(platforms.of(event.tenantId()));
    }

    public void update(String tenantId, KnownUser user) {
        tenant(tenantId).update(user, platforms.of(tenantId));
    }

    public Optional<String> userFor(String tenantId, String platformId, String identity) {
        return tenant(tenantId).userFor(platformId, identity);
    }

    public Optional<String> identityFor(String tenantId, String platformId, String userId) {
        return tenant(tenantId).identityFor(platformId, userId);
    }

    /** Users matched on at least one platform of the tenant: the ones whose Teams presence matters. */
    public List<String> matchedUsers(String tenantId) {
        return tenant(tenantId).matchedUsers();
    }

    public int matchedUsers(String tenantId, String platformId) {
        return tenant(tenantId).matchedCount(platformId);
    }

    public List<IdentityConflict> conflicts(String tenantId, String platformId) {
        return tenant(tenantId).conflicts(platformId);
    }

    private TenantIdentities tenant(String tenantId) {
        return tenants.computeIfAbsent(tenantId, t -> {
            TenantIdentities created = new TenantIdentities();
            created.rebuild(platforms.of(t));
            return created;
        });
    }

    private static final class TenantIdentities {
        private final Map<String, KnownUser> users = new HashMap<>();
        private Map<String, Platform> platforms = Map.of();
        private final Map<String, IdentityIndex> indexes = new HashMap<>();
        private volatile List<String> matched = List.of();

        synchronized void rebuild(List<Platform> current) {
            platforms = new HashMap<>();
            indexes.clear();
            for (Platform p : current) {
                platforms.put(p.platformId(), p);
                IdentityIndex index = new IdentityIndex(p.conflictPolicy());
                users.values().forEach(u -> index.replace(u.userId(), u.claims(p.identityKey(), p.extensionDigits())));
                indexes.put(p.platformId(), index);
            }
            refreshMatched();
        }

        synchronized void update(KnownUser user, List<Platform> current) {
            users.put(user.userId(), user);
            if (!current.stream().map(Platform::platformId).collect(java.util.stream.Collectors.toSet()).equals(platforms.keySet())) {
                rebuild(current);
                return;
            }
            platforms.values().forEach(p -> indexes.get(p.platformId()).replace(user.userId(), user.claims(p.identityKey(), p.extensionDigits())));
            matchedDirty = true;
        }

        private boolean matchedDirty;

        synchronized Optional<String> userFor(String platformId, String identity) {
            Platform p = platforms.get(platformId);
            return p == null ? Optional.empty() : indexes.get(platformId).userFor(KnownUser.normalise(p.identityKey(), identity));
        }

        synchronized Optional<String> identityFor(String platformId, String userId) {
            IdentityIndex index = indexes.get(platformId);
            return index == null ? Optional.empty() : index.identityFor(userId);
        }

        synchronized List<String> matchedUsers() {
            if (matchedDirty) {
                refreshMatched();
            }
            return matched;
        }

        synchronized int matchedCount(String platformId) {
            IdentityIndex index = indexes.get(platformId);
            return index == null ? 0 : index.matchedUsers().size();
        }

        synchronized List<IdentityConflict> conflicts(String platformId) {
            IdentityIndex index = indexes.get(platformId);
            return index == null ? List.of() : index.conflicts();
        }

        private void refreshMatched() {
            Set<String> all = new TreeSet<>();
            indexes.values().forEach(i -> all.addAll(i.matchedUsers()));
            matched = List.copyOf(all);
            matchedDirty = false;
        }
    }
}
