package io.switchboard.presence.mapping;

import java.util.Objects;
import java.util.Optional;

/**
 * The rules that keep a state from bouncing between Teams and a platform.
 *
 * <p>Teams → platforms: a polled Teams state that equals what the bridge's own session set is the
 * bridge's echo, not a change. A state is not delivered to the platform it came from (that
 * platform already knows it), nor twice in a row to the same platform.
 */
public final class EchoSuppression {

    public enum TeamsObservation {
        /** the same as the last poll */
        UNCHANGED,
        /** what the bridge itself set from a platform: recorded, not published */
        ECHO,
        /** a real change in Teams */
        CHANGED
    }

    private EchoSuppression() {
    }

    public static TeamsObservation classify(TeamsPresence lastSeen, TeamsPresence observed, TeamsPresence bridgeSession) {
        if (observed.equals(lastSeen)) {
            return TeamsObservation.UNCHANGED;
        }
        if (observed.equals(bridgeSession)) {
            return TeamsObservation.ECHO;
        }
        return TeamsObservation.CHANGED;
    }

    /**
     * The state to deliver to one platform for a Teams change, or empty when the platform's table
     * does not send it or the platform already holds that state: either it reported the state itself
     * (the echo case) or the bridge delivered it last time.
     *
     * @param platformKnows the last state this platform reported for the user or was sent for them (null if none)
     */
    public static Optional<String> deliverable(MappingTable table, TeamsPresence observed, String platformKnows) {
        Optional<String> mapped = table.toPlatform(observed);
        if (mapped.isEmpty() || Objects.equals(mapped.get(), PlatformStates.normalise(platformKnows))) {
            return Optional.empty();
        }
        return mapped;
    }
}
