package io.switchboard.events.assignments;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import java.util.Objects;

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

    public AssignmentFailed {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(numberType, "numberType");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String subject() {
        return userId;
    }
}
