package io.switchboard.rules.ranges;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.NumberType;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.rules.decisions.RangeInfo;
import io.switchboard.messaging.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The ranges of {@code inventory.ranges} as last published. Only active ranges are kept: an
 * inactive one is about to be deleted and must not be offered, so the decision reports a rule
 * pointing at it as "range unknown".
 */
@ApplicationScoped
public class KnownRangeRepository {

    public Uni<Map<String, RangeInfo>> ofTenant(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("""
                        select range_id, name, number_type, size, free_count from known_range where tenant_id = :tenant""",
                        Object[].class)
                .setParameter("tenant", tenantId)
                .getResultList()
                .map(rows -> {
                    Map<String, RangeInfo> ranges = new HashMap<>();
                    for (Object[] row : rows) {
                        RangeInfo range = new RangeInfo((String) row[0], (String) row[1], NumberType.valueOf((String) row[2]),
                                SqlValues.longValue(row[3]), SqlValues.longValue(row[4]), true);
                        ranges.put(range.rangeId(), range);
                    }
                    return Map.copyOf(ranges);
                });
    }

    /** Applies a range's latest state; an older record than the one stored changes nothing. */
    public Uni<Void> apply(Mutiny.Session session, RangeUpdated update) {
        String tenantId = update.meta().tenantId();
        if (!update.active()) {
            return remove(session, tenantId, update.rangeId());
        }
        return session.createNativeQuery("""
                        insert into known_range (tenant_id, range_id, name, number_type, size, free_count, occurred_at)
                        values (:tenant, :range, :name, :type, :size, :free, :at)
                        on conflict (tenant_id, range_id) do update
                        set name = excluded.name, number_type = excluded.number_type, size = excluded.size,
                            free_count = excluded.free_count, occurred_at = excluded.occurred_at
                        where known_range.occurred_at <= excluded.occurred_at""")
                .setParameter("tenant", tenantId).setParameter("range", update.rangeId()).setParameter("name", update.name())
                .setParameter("type", update.numberType().name()).setParameter("size", update.size())
                .setParameter("free", update.freeCount()).setParameter("at", SqlValues.timestamp(update.meta().occurredAt()))
                .executeUpdate()
                .chain(count -> count > 0 ? bumpRevision(session, tenantId) : Uni.createFrom().voidItem());
    }

    public Uni<Void> remove(Mutiny.Session session, String tenantId, String rangeId) {
        return session.createNativeQuery("delete from known_range where tenant_id = :tenant and range_id = :range")
                .setParameter("tenant", tenantId).setParameter("range", rangeId)
                .executeUpdate()
                .chain(count -> count > 0 ? bumpRevision(session, tenantId) : Uni.createFrom().voidItem());
    }

    private static Uni<Void> bumpRevision(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("""
                        insert into tenant_revision (tenant_id, ranges_revision) values (:tenant, 1)
                        on conflict (tenant_id) do update set ranges_revision = tenant_revision.ranges_revision + 1""")
                .setParameter("tenant", tenantId)
                .executeUpdate()
                .replaceWithVoid();
    }
}
