package io.switchboard.graph.presence;

import java.time.Instant;
import java.util.Map;

/**
 * Everything that decides one user's presence, immutable.
 *
 * @param sessions     app sessions by session id
 * @param preferred    the user's own preferred presence, or null
 * @param lastReported the aggregate last sent to subscribers, to notify only on change
 */
public record PresenceState(Map<String, Session> sessions, Preferred preferred, View lastReported) {

    public static final PresenceState EMPTY = new PresenceState(Map.of(), null, View.OFFLINE);

    /** An app's session: set at {@code setAt}, gone at {@code expiresAt}. */
    public record Session(String sessionId, String availability, String activity, Instant setAt, Instant expiresAt) {
    }

    /** The user's own choice, valid until {@code expiresAt}. */
    public record Preferred(String availability, String activity, Instant expiresAt) {
    }

    /** What Graph reports: availability and activity. */
    public record View(String availability, String activity) {
        public static final View OFFLINE = new View("Offline", "Offline");
    }

    public boolean idle() {
        return sessions.isEmpty() && preferred == null;
    }
}
