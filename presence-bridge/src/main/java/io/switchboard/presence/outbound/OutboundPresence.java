package io.switchboard.presence.outbound;

import java.time.Instant;

/**
 * The JSON body the bridge POSTs to a platform's webhook: the platform's own state for its own
 * identity, plus the Teams view for platforms that want it. Receivers keep per-user order by
 * dropping bodies whose {@code sequence} is lower than the one they hold.
 */
public record OutboundPresence(String eventId, String tenantId, String platformId, String identity, String userId,
                               String state, String availability, String activity, String origin, long sequence,
                               Instant occurredAt) {
}
