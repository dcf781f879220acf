package io.switchboard.presence.mapping;

/** What the bridge does in Teams for a platform state: set the bridge's session, or clear it. */
public sealed interface InboundAction {

    record Set(TeamsPresence presence) implements InboundAction {
    }

    record Clear() implements InboundAction {
    }

    InboundAction CLEAR = new Clear();

    static InboundAction set(String pair) {
        return new Set(TeamsPresence.of(pair));
    }
}
