package io.switchboard.presence.inbound;

/** A platform event the bridge cannot act on (unknown platform or state); the message says which and what to do. */
public class InboundRejected extends RuntimeException {

    private final boolean unknownPlatform;

    public InboundRejected(String message, boolean unknownPlatform) {
        super(message);
        this.unknownPlatform = unknownPlatform;
    }

    public boolean unknownPlatform() {
        return unknownPlatform;
    }
}
