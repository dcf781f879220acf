package io.switchboard.events.assignments;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;

/** Teams confirmed the number is no longer assigned to the user. */
public record UnassignmentCompleted(
        EventMeta meta,
        String releaseId,
        String userId,
        String phoneNumber,
        NumberType numberType,
        String operationId) implements SwitchboardEvent {

    @Override
    public String subject() {
        return userId;
    }
}
