package io.switchboard.presence.mapping;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Graph keeps one session per application and user, but a user may be reported by several
 * platforms of the tenant. The bridge sets the strongest of their states, ranked as Graph ranks
 * sessions (DoNotDisturb > Busy > Available > Away); equal ranks go to the lowest platform id, so
 * the result never depends on arrival order.
 */
public final class SessionAggregate {

    private SessionAggregate() {
    }

    /** The platform whose state the bridge's session shows, with that state; empty: clear the session. */
    public static Optional<Map.Entry<String, TeamsPresence>> strongest(Map<String, TeamsPresence> byPlatform) {
        return byPlatform.entrySet().stream()
                .min(Comparator.<Map.Entry<String, TeamsPresence>>comparingInt(e -> -rank(e.getValue()))
                        .thenComparing(Map.Entry::getKey));
    }

    static int rank(TeamsPresence presence) {
        return switch (presence.availability()) {
            case "DoNotDisturb" -> 4;
            case "Busy" -> 3;
            case "Available" -> 2;
            case "Away" -> 1;
            default -> 0;
        };
    }
}
