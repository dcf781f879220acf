package io.switchboard.events.presence;

import io.switchboard.events.EventMeta;
import io.switchboard.events.SwitchboardEvent;
import java.util.Objects;

/**
 * A user's normalised presence changed. {@code availability}/{@code activity} are Teams' terms;
 * {@code platformState} is the platform's own term where the change came from, or the state the
 * bridge mapped it to for the platform.
 *
 * @param origin     TEAMS or PLATFORM; a platform never receives back a state it sent
 * @param platformId the platform involved (origin PLATFORM: the sender); {@code null} for Teams-only changes
 * @param sequence   per-user, increasing; consumers drop anything older than what they hold
 */
public record PresenceChanged(
        EventMeta meta,
        String userId,
        String availability,
        String activity,
        PresenceOrigin origin,
        String platformId,
        String platformState,
        long sequence) implements SwitchboardEvent {

    public PresenceChanged {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String subject() {
        return userId;
    }
}
