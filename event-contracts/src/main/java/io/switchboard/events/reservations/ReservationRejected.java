package io.switchboard.events.reservations;

import io.switchboard.events.EventMeta;
import io.switchboard.events.SwitchboardEvent;
import java.util.Objects;

/** An ASSIGN decision that could not be served, with the reason and a readable detail. */
public record ReservationRejected(
        EventMeta meta,
        String userId,
        RejectionReason reason,
        String detail) implements SwitchboardEvent {

    public ReservationRejected {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String subject() {
        return userId;
    }
}
