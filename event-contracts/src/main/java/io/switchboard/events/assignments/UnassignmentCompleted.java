package io.switchboard.events.assignments;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import java.util.Objects;

/** Teams confirmed the number is no longer assigned to the user. */
public record UnassignmentCompleted(
        EventMeta meta,
        String releaseId,
        String userId,
        String phoneNumber,
        NumberType numberType,
        String operationId) implements SwitchboardEvent {

    public UnassignmentCompleted {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(releaseId, "releaseId");
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
