package io.switchboard.rules.deciding;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventJson;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.messaging.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** The newest decisions per user, exactly as published. */
@ApplicationScoped
public class DecisionHistoryRepository {

    /** Stores the decision and drops the user's decisions beyond the newest {@code keep}. */
    public Uni<Void> record(Mutiny.Session session, ProvisioningDecided decision, int keep) {
        String tenantId = decision.meta().tenantId();
        return session.createNativeQuery("""
                        insert into decision_history (tenant_id, user_id, event_id, decided_at, event)
                        values (:tenant, :user, :event, :at, cast(cast(:json as text) as jsonb))""")
                .setParameter("tenant", tenantId).setParameter("user", decision.userId())
                .setParameter("event", decision.meta().eventId())
                .setParameter("at", SqlValues.timestamp(decision.meta().occurredAt()))
                .setParameter("json", EventJson.write(decision))
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                delete from decision_history where tenant_id = :tenant and user_id = :user and seq not in (
                                    select seq from decision_history where tenant_id = :tenant and user_id = :user
                                    order by seq desc limit :keep)""")
                        .setParameter("tenant", tenantId).setParameter("user", decision.userId())
                        .setParameter("keep", Math.max(1, keep))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Newest first. */
    public Uni<List<ProvisioningDecided>> ofUser(Mutiny.Session session, String tenantId, String userId) {
        return session.createNativeQuery("""
                        select cast(event as text) from decision_history where tenant_id = :tenant and user_id = :user
                        order by seq desc""", String.class)
                .setParameter("tenant", tenantId).setParameter("user", userId)
                .getResultList()
                .map(rows -> rows.stream().map(json -> EventJson.read(json, ProvisioningDecided.class)).toList());
    }
}
