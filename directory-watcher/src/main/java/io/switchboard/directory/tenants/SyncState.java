package io.switchboard.directory.tenants;

import io.switchboard.directory.sync.SyncCursor;
import java.time.Instant;

/** A tenant's row in {@code tenant_sync}: where its sync stands and how it went. */
public record SyncState(String tenantId, SyncCursor cursor, Instant lastSyncAt, Instant lastSuccessAt, String lastError,
                        Instant lastErrorAt, Instant nextRunAt, int usersKnown, long roundsCompleted, String subscriptionId,
                        Instant subscriptionExpiresAt, String clientState) {
}
