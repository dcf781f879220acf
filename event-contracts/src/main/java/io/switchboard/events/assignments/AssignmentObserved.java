package io.switchboard.events.assignments;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import java.util.Objects;

/** Drift between Teams and Switchboard found by reconciliation: the inventory adopts what Teams has. */
public record AssignmentObserved(
        EventMeta meta,
        String userId,
        String phoneNumber,
        NumberType numberType,
        Observation observation,
        String locationId) implements SwitchboardEvent {

    public AssignmentObserved {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(numberType, "numberType");
        Objects.requireNonNull(observation, "observation");
    }

    @Override
    public String subject() {
        return userId;
    }
}
