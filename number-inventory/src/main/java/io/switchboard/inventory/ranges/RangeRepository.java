package io.switchboard.inventory.ranges;

import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.messaging.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/** Ranges and the bulk operations on their numbers. */
@ApplicationScoped
public class RangeRepository {

    public Uni<Set<String>> existing(Mutiny.Session session, String tenantId, List<String> rangeIds) {
        return session.createNativeQuery("select id from number_range where tenant_id = :tenant and id in (:ids)", String.class)
                .setParameter("tenant", tenantId)
                .setParameter("ids", rangeIds)
                .getResultList()
                .map(HashSet::new);
    }

    public Uni<List<NumberRange>> ofTenant(Mutiny.Session session, String tenantId) {
        return session.createQuery("from NumberRange where tenantId = :tenant order by name, id", NumberRange.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    public Uni<NumberRange> find(Mutiny.Session session, String tenantId, String rangeId) {
        return session.find(NumberRange.class, rangeId).map(r -> r != null && r.tenantId().equals(tenantId) ? r : null);
    }

    /** Up to {@code limit} numbers of the list that the tenant already has, each with the name of its range. */
    public Uni<List<Object[]>> taken(Mutiny.Session session, String tenantId, List<String> numbers, int limit) {
        return session.createNativeQuery("""
                        select n.e164, r.name from number n join number_range r on r.id = n.range_id
                        where n.tenant_id = :tenant and n.e164 in (select unnest(string_to_array(:numbers, ',')))
                        order by n.e164 limit :limit""", Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("numbers", String.join(",", numbers))
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Creates the numbers of a new range, AVAILABLE, with their first audit line, in two statements. */
    public Uni<Void> insertNumbers(Mutiny.Session session, NumberRange range, List<String> numbers, String actor, String reason) {
        String joined = String.join(",", numbers);
        return session.createNativeQuery("""
                        insert into number (tenant_id, range_id, e164, state)
                        select :tenant, :range, unnest(string_to_array(:numbers, ',')), 'AVAILABLE'""")
                .setParameter("tenant", range.tenantId()).setParameter("range", range.id()).setParameter("numbers", joined)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                insert into number_audit (tenant_id, e164, range_id, to_state, actor, reason)
                                select :tenant, unnest(string_to_array(:numbers, ',')), :range, 'AVAILABLE', :actor, :reason""")
                        .setParameter("tenant", range.tenantId()).setParameter("range", range.id())
                        .setParameter("numbers", joined).setParameter("actor", actor).setParameter("reason", reason)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Count of numbers per state for each of the tenant's ranges (or one range). */
    public Uni<Map<String, RangeCounts>> counts(Mutiny.Session session, String tenantId, String rangeId) {
        return session.createNativeQuery("""
                        select range_id, state, count(*) from number
                        where tenant_id = :tenant and (cast(:range as text) is null or range_id = cast(:range as text))
                        group by range_id, state""", Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("range", rangeId)
                .getResultList()
                .map(rows -> {
                    Map<String, Map<NumberState, Long>> byRange = new HashMap<>();
                    for (Object[] row : rows) {
                        byRange.computeIfAbsent((String) row[0], k -> new HashMap<>())
                                .put(NumberState.valueOf((String) row[1]), SqlValues.longValue(row[2]));
                    }
                    Map<String, RangeCounts> counts = new HashMap<>();
                    byRange.forEach((id, states) -> counts.put(id, new RangeCounts(states)));
                    return counts;
                });
    }
}
