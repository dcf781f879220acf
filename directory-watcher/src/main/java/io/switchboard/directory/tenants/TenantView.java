package io.switchboard.directory.tenants;

import java.time.Instant;

/**
 * A tenant and its sync state as {@code GET /api/tenants} shows it.
 *
 * @param phase          INITIAL (no full listing done yet), FULL_SYNC (a full listing in progress),
 *                       INCREMENTAL (following the deltaLink)
 * @param running        a round runs in this instance now
 * @param subscriptionExpiresAt when the Graph change-notification subscription ends (null: polling only)
 */
public record TenantView(String tenantId, boolean enabled, long pollIntervalSeconds, String phase, boolean running,
                         Instant lastSyncAt, Instant lastSuccessAt, int usersKnown, long roundsCompleted, String lastError,
                         Instant lastErrorAt, Instant nextRunAt, String subscriptionId, Instant subscriptionExpiresAt) {

    static TenantView of(WatchedTenant tenant, SyncState state, boolean running) {
        String phase = state.cursor().deltaLink() == null && state.roundsCompleted() == 0 ? "INITIAL"
                : state.cursor().fullRound() ? "FULL_SYNC" : "INCREMENTAL";
        return new TenantView(tenant.tenantId(), tenant.enabled(), tenant.pollInterval().toSeconds(), phase, running,
                state.lastSyncAt(), state.lastSuccessAt(), state.usersKnown(), state.roundsCompleted(), state.lastError(),
                state.lastErrorAt(), state.nextRunAt(), state.subscriptionId(), state.subscriptionExpiresAt());
    }
}
