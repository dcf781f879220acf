package io.switchboard.presence.mapping;

import java.util.Objects;
import java.util.Set;

/** A presence in Graph's terms: availability and activity, e.g. {@code Busy/InACall}. */
public record TeamsPresence(String availability, String activity) {

    /** The only pairs {@code setPresence} accepts (Graph v1.0); anything else is refused with 400. */
    public static final Set<TeamsPresence> SETTABLE = Set.of(
            new TeamsPresence("Available", "Available"),
            new TeamsPresence("Busy", "InACall"),
            new TeamsPresence("Busy", "InAConferenceCall"),
            new TeamsPresence("Away", "Away"),
            new TeamsPresence("DoNotDisturb", "Presenting"));

    public static final TeamsPresence OFFLINE = new TeamsPresence("Offline", "Offline");

    public TeamsPresence {
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(activity, "activity");
    }

    public static TeamsPresence of(String pair) {
        int slash = pair == null ? -1 : pair.indexOf('/');
        if (slash <= 0 || slash == pair.length() - 1) {
            throw new IllegalArgumentException("'" + pair + "' is not an availability/activity pair such as Busy/InACall");
        }
        return new TeamsPresence(pair.substring(0, slash).trim(), pair.substring(slash + 1).trim());
    }

    public boolean settable() {
        return SETTABLE.contains(this);
    }

    @Override
    public String toString() {
        return availability + "/" + activity;
    }
}
