package io.switchboard.graph.presence;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Presence states of a tenant's users; users never touched have none (and are Offline). */
public final class PresenceStore {

    private final Map<String, PresenceState> states = new ConcurrentHashMap<>();

    public PresenceState get(String userId) {
        return states.getOrDefault(userId, PresenceState.EMPTY);
    }

    /** Atomically replaces a user's state. */
    public PresenceState update(String userId, UnaryOperator<PresenceState> change) {
        return states.compute(userId, (id, current) -> change.apply(current == null ? PresenceState.EMPTY : current));
    }

    public Set<String> userIds() {
        return states.keySet();
    }

    public void remove(String userId) {
        states.remove(userId);
    }
}
