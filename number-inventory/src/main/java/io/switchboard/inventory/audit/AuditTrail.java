package io.switchboard.inventory.audit;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Writes and reads the audit trail; writes happen in the transaction of the change they explain. */
@ApplicationScoped
public class AuditTrail {

    private static final String COLUMNS =
            "id, e164, range_id, user_id, from_state, to_state, actor, reason, correlation_id, at from number_audit";

    public Uni<Void> record(Mutiny.Session session, String tenantId, String e164, String rangeId, String userId,
                            String from, String to, Cause cause) {
        return session.createNativeQuery("""
                        insert into number_audit (tenant_id, e164, range_id, user_id, from_state, to_state, actor, reason, correlation_id)
                        values (:tenant, :e164, cast(:range as text), cast(:user as text), cast(:from as text),
                                cast(:to as text), :actor, :reason, cast(:correlation as text))""")
                .setParameter("tenant", tenantId)
                .setParameter("e164", e164)
                .setParameter("range", rangeId)
                .setParameter("user", userId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("actor", cause.actor())
                .setParameter("reason", cause.reason() == null ? "" : cause.reason())
                .setParameter("correlation", cause.correlationId())
                .executeUpdate()
                .replaceWithVoid();
    }

    public Uni<List<AuditEntry>> ofNumber(Mutiny.Session session, String tenantId, String e164) {
        return query(session, "select " + COLUMNS + " where tenant_id = :tenant and e164 = :key order by id", tenantId, e164);
    }

    public Uni<List<AuditEntry>> ofUser(Mutiny.Session session, String tenantId, String userId) {
        return query(session, "select " + COLUMNS + " where tenant_id = :tenant and user_id = :key order by id", tenantId, userId);
    }

    private Uni<List<AuditEntry>> query(Mutiny.Session session, String sql, String tenantId, String key) {
        return session.createNativeQuery(sql, Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("key", key)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new AuditEntry(SqlValues.longValue(r[0]), SqlValues.string(r[1]),
                        SqlValues.string(r[2]), SqlValues.string(r[3]), SqlValues.string(r[4]), SqlValues.string(r[5]),
                        SqlValues.string(r[6]), SqlValues.string(r[7]), SqlValues.string(r[8]), SqlValues.instant(r[9]))).toList());
    }
}
