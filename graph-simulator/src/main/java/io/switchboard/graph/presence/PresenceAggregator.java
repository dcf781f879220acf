package io.switchboard.graph.presence;

import io.switchboard.graph.presence.PresenceState.Session;
import io.switchboard.graph.presence.PresenceState.View;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Graph's aggregation of presence sessions, as documented for setPresence: the user's preferred presence
 * overrides app sessions; among sessions DoNotDisturb > Busy > Available > Away; an Available session fades
 * to Available/AvailableInactive and then Away/Away; expired sessions count no more, and without any the user
 * is Offline.
 */
public final class PresenceAggregator {

    private static final Map<String, Integer> RANK = Map.of("DoNotDisturb", 40, "Busy", 30, "Available", 20, "Away", 10);

    private PresenceAggregator() {
    }

    public static View aggregate(PresenceState state, Instant now, Duration idleAfter, Duration awayAfter) {
        if (state.preferred() != null && now.isBefore(state.preferred().expiresAt())) {
            return new View(state.preferred().availability(), state.preferred().activity());
        }
        View best = null;
        int bestRank = -1;
        for (Session session : state.sessions().values()) {
            if (!now.isBefore(session.expiresAt())) {
                continue;
            }
            View view = effective(session, now, idleAfter, awayAfter);
            int rank = RANK.getOrDefault(view.availability(), 0) + ("AvailableInactive".equals(view.activity()) ? -1 : 0);
            if (rank > bestRank) {
                best = view;
                bestRank = rank;
            }
        }
        return best == null ? View.OFFLINE : best;
    }

    /** A session's state after fading: only Available sessions time out. */
    static View effective(Session session, Instant now, Duration idleAfter, Duration awayAfter) {
        if (!"Available".equals(session.availability())) {
            return new View(session.availability(), session.activity());
        }
        Duration age = Duration.between(session.setAt(), now);
        if (age.compareTo(idleAfter) < 0) {
            return new View("Available", "Available");
        }
        if (age.compareTo(idleAfter.plus(awayAfter)) < 0) {
            return new View("Available", "AvailableInactive");
        }
        return new View("Away", "Away");
    }

    /** The earliest instant after which a session or preference has certainly expired, for clean-up. */
    public static boolean expired(PresenceState state, Instant now) {
        boolean preferredGone = state.preferred() == null || !now.isBefore(state.preferred().expiresAt());
        return preferredGone && state.sessions().values().stream().allMatch(s -> !now.isBefore(s.expiresAt()));
    }
}
