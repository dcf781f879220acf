package io.switchboard.events.reservations;

import io.switchboard.events.EventMeta;
import io.switchboard.events.SwitchboardEvent;

/** An ASSIGN decision that could not be served, with the reason and a readable detail. */
public record ReservationRejected(
        EventMeta meta,
        String userId,
        RejectionReason reason,
        String detail) implements SwitchboardEvent {

    @Override
    public String subject() {
        return userId;
    }
}
