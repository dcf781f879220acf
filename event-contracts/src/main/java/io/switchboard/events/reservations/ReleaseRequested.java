package io.switchboard.events.reservations;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;

/** The inventory wants a user's number unassigned in Teams (user deleted, unlicensed, or an override). */
public record ReleaseRequested(
        EventMeta meta,
        String releaseId,
        String userId,
        String phoneNumber,
        NumberType numberType,
        String reason) implements SwitchboardEvent {

    @Override
    public String subject() {
        return userId;
    }
}
