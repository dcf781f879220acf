package io.switchboard.events.reservations;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import java.util.Objects;

/** The inventory set a number aside for a user; the assigner must now assign it in Teams. */
public record NumberReserved(
        EventMeta meta,
        String reservationId,
        String userId,
        String phoneNumber,
        String rangeId,
        NumberType numberType,
        String locationId) implements SwitchboardEvent {

    public NumberReserved {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(rangeId, "rangeId");
        Objects.requireNonNull(numberType, "numberType");
    }

    @Override
    public String subject() {
        return userId;
    }
}
