package io.switchboard.events.assignments;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;

/** Teams confirmed the number assignment (the long-running operation succeeded). */
public record AssignmentCompleted(
        EventMeta meta,
        String reservationId,
        String userId,
        String phoneNumber,
        NumberType numberType,
        String operationId) implements SwitchboardEvent {

    @Override
    public String subject() {
        return userId;
    }
}
