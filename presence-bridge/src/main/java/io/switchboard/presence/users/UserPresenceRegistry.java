package io.switchboard.presence.users;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import jakarta.enterprise.context.ApplicationScoped;

/** Hot per-user presence state of every tenant, keyed {@code tenantId/userId}. */
@ApplicationScoped
public class UserPresenceRegistry {

    private final ConcurrentMap<String, UserPresence> users = new ConcurrentHashMap<>();

    public UserPresence get(String tenantId, String userId) {
        return users.computeIfAbsent(tenantId + "/" + userId, k -> new UserPresence(tenantId, userId));
    }

    public Optional<UserPresence> find(String tenantId, String userId) {
        return Optional.ofNullable(users.get(tenantId + "/" + userId));
    }

    public Collection<UserPresence> all() {
        return users.values();
    }

    void put(UserPresence presence) {
        users.put(presence.tenantId() + "/" + presence.userId(), presence);
    }
}
