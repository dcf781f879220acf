package io.switchboard.assigner.reconciliation;

import io.smallrye.mutiny.Uni;
import io.switchboard.assigner.assignments.AssignmentTask;
import io.switchboard.events.NumberType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * What Switchboard believes Teams holds for a tenant: updated in the transaction that closes each
 * successful task, and by reconciliation when it adopts what it observed.
 */
@ApplicationScoped
public class KnownAssignments {

    private static final String UPSERT = """
            insert into known_assignment (tenant_id, phone_number, user_id, number_type, location_id, source, updated_at)
            values (:tenant, :number, :user, :type, :location, :source, now())
            on conflict (tenant_id, phone_number) do update set user_id = excluded.user_id, number_type = excluded.number_type,
                location_id = excluded.location_id, source = excluded.source, updated_at = now()""";

    public Uni<Void> assigned(Mutiny.Session session, AssignmentTask task) {
        return upsert(session, task.tenantId(), new Known(task.phoneNumber(), task.userId(), task.numberType(), task.locationId()),
                "SWITCHBOARD");
    }

    /** Forgets the number, but only if Switchboard still believed it was this user's. */
    public Uni<Void> unassigned(Mutiny.Session session, AssignmentTask task) {
        return session.createNativeQuery("delete from known_assignment where tenant_id = :tenant and phone_number = :number and user_id = :user")
                .setParameter("tenant", task.tenantId()).setParameter("number", task.phoneNumber()).setParameter("user", task.userId())
                .executeUpdate().replaceWithVoid();
    }

    public Uni<Void> upsert(Mutiny.Session session, String tenantId, Known known, String source) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenantId).setParameter("number", known.phoneNumber()).setParameter("user", known.userId())
                .setParameter("type", known.numberType().name()).setParameter("location", known.locationId())
                .setParameter("source", source)
                .executeUpdate().replaceWithVoid();
    }

    public Uni<Void> remove(Mutiny.Session session, String tenantId, String phoneNumber) {
        return session.createNativeQuery("delete from known_assignment where tenant_id = :tenant and phone_number = :number")
                .setParameter("tenant", tenantId).setParameter("number", phoneNumber).executeUpdate().replaceWithVoid();
    }

    public Uni<List<Known>> of(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery(
                        "select phone_number, user_id, number_type, location_id from known_assignment where tenant_id = :tenant",
                        Object[].class)
                .setParameter("tenant", tenantId).getResultList()
                .map(rows -> rows.stream().map(r -> new Known((String) r[0], (String) r[1], NumberType.valueOf((String) r[2]),
                        (String) r[3])).toList());
    }

    /** A number Switchboard believes is assigned to a user. */
    public record Known(String phoneNumber, String userId, NumberType numberType, String locationId) {
    }
}
