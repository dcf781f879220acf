package io.switchboard.rules.users;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventJson;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.messaging.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** The directory users the engine has seen and whether each holds a number. */
@ApplicationScoped
public class UserRepository {

    private static final String SELECT = """
            select cast(u.snapshot as text), cast(u.licences as text), u.last_change, u.deleted, coalesce(h.state, 'NONE')
            from directory_user u
            left join number_holding h on h.tenant_id = u.tenant_id and h.user_id = u.user_id
            """;

    /** Stores the change's snapshot; an older change than the one stored changes nothing. */
    public Uni<Void> remember(Mutiny.Session session, UserChanged change) {
        return session.createNativeQuery("""
                        insert into directory_user (tenant_id, user_id, snapshot, licences, last_change, deleted, occurred_at)
                        values (:tenant, :user, cast(cast(:snapshot as text) as jsonb), cast(cast(:licences as text) as jsonb), :change, :deleted, :at)
                        on conflict (tenant_id, user_id) do update
                        set snapshot = excluded.snapshot, licences = excluded.licences, last_change = excluded.last_change,
                            deleted = excluded.deleted, occurred_at = excluded.occurred_at
                        where directory_user.occurred_at <= excluded.occurred_at""")
                .setParameter("tenant", change.meta().tenantId()).setParameter("user", change.user().id())
                .setParameter("snapshot", EventJson.write(change.user()))
                .setParameter("licences", EventJson.write(change.licences()))
                .setParameter("change", change.changeType().name())
                .setParameter("deleted", change.changeType() == UserChangeType.DELETED)
                .setParameter("at", SqlValues.timestamp(change.meta().occurredAt()))
                .executeUpdate()
                .replaceWithVoid();
    }

    public Uni<SeenUser> find(Mutiny.Session session, String tenantId, String userId) {
        return session.createNativeQuery(SELECT + " where u.tenant_id = :tenant and u.user_id = :user", Object[].class)
                .setParameter("tenant", tenantId).setParameter("user", userId)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : seen(rows.get(0)));
    }

    /** Every user not deleted, by id, for the simulation. */
    public Uni<List<SeenUser>> current(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery(SELECT + " where u.tenant_id = :tenant and not u.deleted order by u.user_id",
                        Object[].class)
                .setParameter("tenant", tenantId)
                .getResultList()
                .map(rows -> rows.stream().map(UserRepository::seen).toList());
    }

    public Uni<Holding> holding(Mutiny.Session session, String tenantId, String userId) {
        return session.createNativeQuery("select state from number_holding where tenant_id = :tenant and user_id = :user",
                        String.class)
                .setParameter("tenant", tenantId).setParameter("user", userId)
                .getResultList()
                .map(rows -> rows.isEmpty() ? Holding.NONE : Holding.valueOf(rows.get(0)));
    }

    /** Records whether the user holds a number; an older event than the one stored changes nothing. */
    public Uni<Void> hold(Mutiny.Session session, String tenantId, String userId, HoldingChange change, Instant occurredAt) {
        return session.createNativeQuery("""
                        insert into number_holding (tenant_id, user_id, state, phone_number, source, occurred_at)
                        values (:tenant, :user, :state, :phone, :source, :at)
                        on conflict (tenant_id, user_id) do update
                        set state = excluded.state, phone_number = excluded.phone_number, source = excluded.source,
                            occurred_at = excluded.occurred_at
                        where number_holding.occurred_at <= excluded.occurred_at""")
                .setParameter("tenant", tenantId).setParameter("user", userId)
                .setParameter("state", change.holding().name()).setParameter("phone", change.phoneNumber())
                .setParameter("source", change.source()).setParameter("at", SqlValues.timestamp(occurredAt))
                .executeUpdate()
                .replaceWithVoid();
    }

    private static SeenUser seen(Object[] row) {
        return new SeenUser(EventJson.read((String) row[0], DirectoryUser.class), EventJson.read((String) row[1], LicenceView.class),
                UserChangeType.valueOf((String) row[2]), SqlValues.bool(row[3]), Holding.valueOf((String) row[4]));
    }
}
