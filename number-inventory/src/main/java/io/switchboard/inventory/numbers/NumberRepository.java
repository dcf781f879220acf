package io.switchboard.inventory.numbers;

import static io.switchboard.messaging.sql.SqlValues.instant;
import static io.switchboard.messaging.sql.SqlValues.intValue;
import static io.switchboard.messaging.sql.SqlValues.joined;
import static io.switchboard.messaging.sql.SqlValues.longValue;
import static io.switchboard.messaging.sql.SqlValues.split;
import static io.switchboard.messaging.sql.SqlValues.string;
import static io.switchboard.messaging.sql.SqlValues.timestamp;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.NumberType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/** Native SQL over the number table: row locks and partial indexes say more here than entities would. */
@ApplicationScoped
public class NumberRepository {

    static final String COLUMNS = """
            n.id, n.tenant_id, n.range_id, n.e164, n.state, n.user_id, n.reservation_id, n.release_id,
            n.decision_id, n.candidates, n.quarantine_until, n.state_reason,
            r.number_type, r.location_id, r.quarantine_days
            from number n join number_range r on r.id = n.range_id
            """;

    /** The lowest free number of a range, locked; numbers locked by a concurrent reservation are skipped. */
    public Uni<Optional<InventoryNumber>> lockNextAvailable(Mutiny.Session session, String tenantId, String rangeId) {
        return one(session, "select " + COLUMNS + """
                 where n.tenant_id = :tenant and n.range_id = :range and n.state = 'AVAILABLE'
                 order by n.e164 limit 1 for update of n skip locked""", "tenant", tenantId, "range", rangeId);
    }

    /**
     * The free numbers of a range, lowest first, locked after waiting for concurrent changes of them:
     * for when {@link #lockNextAvailable} found none because all were locked by reservations in
     * flight, some of which may roll back or may be for the same user.
     */
    public Uni<List<InventoryNumber>> lockAvailableWaiting(Mutiny.Session session, String tenantId, String rangeId) {
        return list(session, "select " + COLUMNS + """
                 where n.tenant_id = :tenant and n.range_id = :range and n.state = 'AVAILABLE'
                 order by n.e164 for update of n""", "tenant", tenantId, "range", rangeId);
    }

    /** The number a user holds (RESERVED, ASSIGNED or RETAINED), locked. */
    public Uni<Optional<InventoryNumber>> lockHeldBy(Mutiny.Session session, String tenantId, String userId) {
        return one(session, "select " + COLUMNS + """
                 where n.tenant_id = :tenant and n.user_id = :user and n.state in ('RESERVED', 'ASSIGNED', 'RETAINED')
                 for update of n""", "tenant", tenantId, "user", userId);
    }

    /** A number by its E.164 form, locked (waits for a concurrent change of the same number). */
    public Uni<Optional<InventoryNumber>> lock(Mutiny.Session session, String tenantId, String e164) {
        return one(session, "select " + COLUMNS + " where n.tenant_id = :tenant and n.e164 = :e164 for update of n",
                "tenant", tenantId, "e164", e164);
    }

    /** The tenant's numbers among {@code e164s}, locked in number order (so two bulk changes cannot deadlock). */
    public Uni<List<InventoryNumber>> lockAll(Mutiny.Session session, String tenantId, List<String> e164s) {
        return list(session, "select " + COLUMNS + """
                 where n.tenant_id = :tenant and n.e164 in (select unnest(string_to_array(:numbers, ',')))
                 order by n.e164 for update of n""", "tenant", tenantId, "numbers", String.join(",", e164s));
    }

    /** The numbers any of {@code userIds} holds (RESERVED, ASSIGNED or RETAINED); ids are joined by U+001F, as they may hold commas. */
    public Uni<List<InventoryNumber>> heldByAny(Mutiny.Session session, String tenantId, List<String> userIds) {
        return list(session, "select " + COLUMNS + """
                 where n.tenant_id = :tenant and n.state in ('RESERVED', 'ASSIGNED', 'RETAINED')
                 and n.user_id in (select unnest(string_to_array(:users, chr(31))))""",
                "tenant", tenantId, "users", String.join("\u001f", userIds));
    }

    public Uni<Optional<InventoryNumber>> find(Mutiny.Session session, String tenantId, String e164) {
        return one(session, "select " + COLUMNS + " where n.tenant_id = :tenant and n.e164 = :e164",
                "tenant", tenantId, "e164", e164);
    }

    /** Any number naming the user (held or being released), newest state first. */
    public Uni<List<InventoryNumber>> ofUser(Mutiny.Session session, String tenantId, String userId) {
        return list(session, "select " + COLUMNS + """
                 where n.tenant_id = :tenant and n.user_id = :user order by n.updated_at desc""",
                "tenant", tenantId, "user", userId);
    }

    /** Writes the mutable columns of {@code next}; the caller has checked the transition. */
    public Uni<Void> update(Mutiny.Session session, InventoryNumber next) {
        return session.createNativeQuery("""
                        update number set state = :state, user_id = cast(:user as text),
                               reservation_id = cast(:reservation as text), release_id = cast(:release as text),
                               decision_id = cast(:decision as text), candidates = cast(:candidates as text),
                               quarantine_until = cast(:until as timestamptz), state_reason = cast(:reason as text),
                               updated_at = now()
                        where id = :id""")
                .setParameter("state", next.state().name())
                .setParameter("user", next.userId())
                .setParameter("reservation", next.reservationId())
                .setParameter("release", next.releaseId())
                .setParameter("decision", next.decisionId())
                .setParameter("candidates", joined(next.candidates()))
                .setParameter("until", timestamp(next.quarantineUntil()))
                .setParameter("reason", next.stateReason())
                .setParameter("id", next.id())
                .executeUpdate()
                .replaceWithVoid();
    }

    private Uni<Optional<InventoryNumber>> one(Mutiny.Session session, String sql, String... params) {
        return list(session, sql, params).map(rows -> rows.stream().findFirst());
    }

    private Uni<List<InventoryNumber>> list(Mutiny.Session session, String sql, String... params) {
        var query = session.createNativeQuery(sql, Object[].class);
        for (int i = 0; i < params.length; i += 2) {
            query.setParameter(params[i], params[i + 1]);
        }
        return query.getResultList().map(rows -> rows.stream().map(NumberRepository::toNumber).toList());
    }

    static InventoryNumber toNumber(Object[] row) {
        return new InventoryNumber(longValue(row[0]), string(row[1]), string(row[2]), string(row[3]),
                NumberState.valueOf(string(row[4])), string(row[5]), string(row[6]), string(row[7]), string(row[8]),
                split(row[9]), instant(row[10]), string(row[11]), NumberType.valueOf(string(row[12])),
                string(row[13]), intValue(row[14]));
    }
}
