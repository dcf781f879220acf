package io.switchboard.events.assignments;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;

/** Drift between Teams and Switchboard found by reconciliation: the inventory adopts what Teams has. */
public record AssignmentObserved(
        EventMeta meta,
        String userId,
        String phoneNumber,
        NumberType numberType,
        Observation observation,
        String locationId) implements SwitchboardEvent {

    @Override
    public String subject() {
        return userId;
    }
}
