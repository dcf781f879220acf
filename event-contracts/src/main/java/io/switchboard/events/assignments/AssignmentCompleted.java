package io.switchboard.events.assignments;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import java.util.Objects;

/** Teams confirmed the number assignment (the long-running operation succeeded). */
public record AssignmentCompleted(
        EventMeta meta,
        String reservationId,
        String userId,
        String phoneNumber,
        NumberType numberType,
        String operationId) implements SwitchboardEvent {

    public AssignmentCompleted {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(numberType, "numberType");
        Objects.requireNonNull(operationId, "operationId");
    }

    @Override
    public String subject() {
        return userId;
    }
}
