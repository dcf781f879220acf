package io.switchboard.events.presence;

import io.switchboard.events.EventMeta;
import io.switchboard.events.SwitchboardEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * Raw presence from a telephony platform (an adapter or the signed webhook), before matching to a
 * Teams user. The record key is {@code "{tenantId}/{platformId}:{identity}"} so each platform
 * identity stays ordered.
 *
 * @param identity   the platform's identity for the user: e-mail, UPN, extension or phone number,
 *                   whichever the platform is configured to use
 * @param state      the platform's own state name, e.g. {@code in_call}
 * @param observedAt when the platform saw the state (used to drop late, out-of-order events)
 */
public record PlatformPresenceReported(
        EventMeta meta,
        String platformId,
        String identity,
        String state,
        Instant observedAt) implements SwitchboardEvent {

    public PlatformPresenceReported {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(observedAt, "observedAt");
    }

    @Override
    public String subject() {
        return platformId + ":" + identity;
    }
}
