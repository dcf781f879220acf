package io.switchboard.directory.tenants;

import io.smallrye.mutiny.Uni;
import io.switchboard.directory.sync.SyncCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** {@code tenant_sync}: each tenant's cursor, lease, outcome and subscription, in the caller's transaction. */
@ApplicationScoped
public class SyncStateRepository {

    private static final String COLUMNS = """
            tenant_id, delta_link, next_link, full_round, round_id, version, last_sync_at, last_success_at, last_error,
            last_error_at, next_run_at, users_known, rounds_completed, subscription_id, subscription_expires_at, client_state
            """;

    public Uni<SyncState> load(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("insert into tenant_sync (tenant_id, round_id) values (:tenant, gen_random_uuid()::text) "
                        + "on conflict (tenant_id) do nothing")
                .setParameter("tenant", tenantId)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("select " + COLUMNS + " from tenant_sync where tenant_id = :tenant", Object[].class)
                        .setParameter("tenant", tenantId)
                        .getSingleResult())
                .map(SyncStateRepository::state);
    }

    public Uni<List<SyncState>> all(Mutiny.Session session) {
        return session.createNativeQuery("select " + COLUMNS + " from tenant_sync order by tenant_id", Object[].class)
                .getResultList()
                .map(rows -> rows.stream().map(SyncStateRepository::state).toList());
    }

    /**
     * Takes (or renews) the tenant's sync lease for {@code owner}; false when another replica holds an
     * unexpired lease. The lease keeps replicas from reading Graph twice; {@link #advance}'s version check
     * is what keeps them from publishing twice.
     */
    public Uni<Boolean> acquireLease(Mutiny.Session session, String tenantId, String owner, Duration duration) {
        return session.createNativeQuery("""
                        update tenant_sync set lease_owner = :owner, lease_until = now() + make_interval(secs => :secs)
                         where tenant_id = :tenant and (lease_owner is null or lease_owner = :owner or lease_until < now())
                        """)
                .setParameter("owner", owner)
                .setParameter("secs", (double) duration.toSeconds())
                .setParameter("tenant", tenantId)
                .executeUpdate()
                .map(rows -> rows == 1);
    }

    public Uni<Void> releaseLease(Mutiny.Session session, String tenantId, String owner) {
        return session.createNativeQuery("update tenant_sync set lease_owner = null, lease_until = null "
                        + "where tenant_id = :tenant and lease_owner = :owner")
                .setParameter("tenant", tenantId)
                .setParameter("owner", owner)
                .executeUpdate()
                .replaceWithVoid();
    }

    /** Moves the cursor from {@code expected} to {@code next}; false when someone else moved it first. */
    public Uni<Boolean> advance(Mutiny.Session session, String tenantId, SyncCursor expected, SyncCursor next) {
        return session.createNativeQuery("""
                        update tenant_sync set delta_link = nullif(:delta, ''), next_link = nullif(:next, ''), full_round = :full,
                               round_id = nullif(:round, ''), version = version + 1, last_sync_at = now()
                         where tenant_id = :tenant and version = :version
                        """)
                .setParameter("delta", next.deltaLink() == null ? "" : next.deltaLink())
                .setParameter("next", next.nextLink() == null ? "" : next.nextLink())
                .setParameter("full", next.fullRound())
                .setParameter("round", next.roundId() == null ? "" : next.roundId())
                .setParameter("tenant", tenantId)
                .setParameter("version", expected.version())
                .executeUpdate()
                .map(rows -> rows == 1);
    }

    public Uni<Void> roundCompleted(Mutiny.Session session, String tenantId, int usersKnown) {
        return session.createNativeQuery("""
                        update tenant_sync set users_known = :users, rounds_completed = rounds_completed + 1,
                               last_success_at = now(), last_error = null, last_error_at = null
                         where tenant_id = :tenant
                        """)
                .setParameter("users", usersKnown)
                .setParameter("tenant", tenantId)
                .executeUpdate()
                .replaceWithVoid();
    }

    public Uni<Void> recordOutcome(Mutiny.Session session, String tenantId, String error, Instant nextRunAt) {
        return session.createNativeQuery("""
                        update tenant_sync set next_run_at = :next,
                               last_error = case when :error = '' then last_error else :error end,
                               last_error_at = case when :error = '' then last_error_at else now() end
                         where tenant_id = :tenant
                        """)
                .setParameter("next", OffsetDateTime.ofInstant(nextRunAt, ZoneOffset.UTC))
                .setParameter("error", error == null ? "" : error)
                .setParameter("tenant", tenantId)
                .executeUpdate()
                .replaceWithVoid();
    }

    public Uni<Void> saveSubscription(Mutiny.Session session, String tenantId, String subscriptionId, Instant expiresAt, String clientState) {
        return session.createNativeQuery("""
                        update tenant_sync set subscription_id = :id, subscription_expires_at = :expires, client_state = :state
                         where tenant_id = :tenant
                        """)
                .setParameter("id", subscriptionId)
                .setParameter("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .setParameter("state", clientState)
                .setParameter("tenant", tenantId)
                .executeUpdate()
                .replaceWithVoid();
    }

    public Uni<Void> saveClientState(Mutiny.Session session, String tenantId, String clientState) {
        return session.createNativeQuery("update tenant_sync set client_state = :state where tenant_id = :tenant and client_state is null")
                .setParameter("state", clientState)
                .setParameter("tenant", tenantId)
                .executeUpdate()
                .replaceWithVoid();
    }

    private static SyncState state(Object[] r) {
        SyncCursor cursor = new SyncCursor((String) r[1], (String) r[2], (Boolean) r[3], (String) r[4], ((Number) r[5]).longValue());
        return new SyncState((String) r[0], cursor, instant(r[6]), instant(r[7]), (String) r[8], instant(r[9]), instant(r[10]),
                ((Number) r[11]).intValue(), ((Number) r[12]).longValue(), (String) r[13], instant(r[14]), (String) r[15]);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("unexpected timestamp type " + value.getClass());
    }
}
