package io.switchboard.events.presence;

/** Where a presence state came from; used for echo suppression. */
public enum PresenceOrigin {
    TEAMS,
    PLATFORM
}
