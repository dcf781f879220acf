package io.switchboard.presence.users;

import io.switchboard.events.presence.PresenceOrigin;
import io.switchboard.presence.mapping.TeamsPresence;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything the bridge holds about one user's presence, in memory. Mutated only under the
 * object's own lock; the fields are read through {@link #snapshot()}.
 */
public final class UserPresence {

    /** A platform's current state for this user and what it asks of Teams (null: clear). */
    public record Report(String state, Instant observedAt, TeamsPresence wanted) {
    }

    /** The bridge's own setPresence session as last requested from Graph. */
    public record Session(String platformId, TeamsPresence presence, Instant expiresAt) {
    }

    public record Snapshot(String tenantId, String userId, TeamsPresence lastTeams, Session session, long sequence,
                           Instant lastChangeAt, PresenceOrigin lastOrigin, String lastPlatformId, String lastPlatformState,
                           Map<String, String> platformKnows) {
    }

    private final String tenantId;
    private final String userId;
    private final Map<String, Report> reports = new HashMap<>();
    private final Map<String, String> platformKnows = new HashMap<>();
    private TeamsPresence lastTeams;
    private Session session;
    private long sequence;
    private Instant lastChangeAt;
    private PresenceOrigin lastOrigin;
    private String lastPlatformId;
    private String lastPlatformState;
    private boolean dirty;

    public UserPresence(String tenantId, String userId) {
        this.tenantId = tenantId;
        this.userId = userId;
    }

    public String tenantId() {
        return tenantId;
    }

    public String userId() {
        return userId;
    }

    /** Restores what the database held, before any event for the user is processed. */
    public synchronized void restore(TeamsPresence teams, Session restoredSession, long restoredSequence, Instant changedAt,
                                     PresenceOrigin origin, String platformId, String platformState) {
        lastTeams = teams;
        session = restoredSession;
        sequence = restoredSequence;
        lastChangeAt = changedAt;
        lastOrigin = origin;
        lastPlatformId = platformId;
        lastPlatformState = platformState;
        if (restoredSession != null) {
            reports.put(restoredSession.platformId(), new Report(platformState, changedAt, restoredSession.presence()));
        }
    }

    /** Records a platform's state unless an event observed later was already applied; false if it is stale. */
    public synchronized boolean report(String platformId, Report report) {
        Report previous = reports.get(platformId);
        if (previous != null && report.observedAt().isBefore(previous.observedAt())) {
            return false;
        }
        reports.put(platformId, report);
        platformKnows.put(platformId, report.state());
        return true;
    }

    /** The Teams state each platform currently asks for (platforms that asked to clear are left out). */
    public synchronized Map<String, TeamsPresence> wanted() {
        Map<String, TeamsPresence> wanted = new HashMap<>();
        reports.forEach((platform, r) -> {
            if (r.wanted() != null) {
                wanted.put(platform, r.wanted());
            }
        });
        return wanted;
    }

    public synchronized Session session() {
        return session;
    }

    public synchronized void session(Session value) {
        session = value;
        dirty = true;
    }

    public synchronized TeamsPresence lastTeams() {
        return lastTeams;
    }

    public synchronized void teamsSeen(TeamsPresence presence) {
        lastTeams = presence;
        dirty = true;
    }

    public synchronized String platformKnows(String platformId) {
        return platformKnows.get(platformId);
    }

    public synchronized void delivered(String platformId, String state) {
        platformKnows.put(platformId, state);
    }

    /**
     * Records a published change and returns its sequence: increasing per user and, being at least
     * the clock in microseconds, still increasing after a restart that lost the last value.
     */
    public synchronized long changed(PresenceOrigin origin, String platformId, String platformState, Instant at) {
        sequence = Math.max(sequence + 1, at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000);
        lastChangeAt = at;
        lastOrigin = origin;
        lastPlatformId = platformId;
        lastPlatformState = platformState;
        dirty = true;
        return sequence;
    }

    /** Returns whether the state changed since the last call and clears the flag (write-behind). */
    public synchronized boolean takeDirty() {
        boolean was = dirty;
        dirty = false;
        return was;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(tenantId, userId, lastTeams, session, sequence, lastChangeAt, lastOrigin, lastPlatformId,
                lastPlatformState, Map.copyOf(platformKnows));
    }
}
