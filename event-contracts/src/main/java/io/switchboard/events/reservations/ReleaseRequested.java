package io.switchboard.events.reservations;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import java.util.Objects;

/** The inventory wants a user's number unassigned in Teams (user deleted, unlicensed, or an override). */
public record ReleaseRequested(
        EventMeta meta,
        String releaseId,
        String userId,
        String phoneNumber,
        NumberType numberType,
        String reason) implements SwitchboardEvent {

    public ReleaseRequested {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(releaseId, "releaseId");
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
