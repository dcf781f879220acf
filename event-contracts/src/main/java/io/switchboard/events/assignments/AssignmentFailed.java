package io.switchboard.events.assignments;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;

/**
 * A number assignment that failed. {@code retryable=true} means the assigner keeps trying and this
 * event only reports progress; {@code false} means it gave up and the inventory must act.
 */
public record AssignmentFailed(
        EventMeta meta,
        String reservationId,
        String userId,
        String phoneNumber,
        NumberType numberType,
        boolean retryable,
        FailureReason reason,
        String graphErrorCode,
        String graphErrorMessage,
        int attempts) implements SwitchboardEvent {

    @Override
    public String subject() {
        return userId;
    }
}
