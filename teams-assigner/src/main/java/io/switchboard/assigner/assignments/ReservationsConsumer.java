package io.switchboard.assigner.assignments;

import io.smallrye.mutiny.Uni;
import io.switchboard.assigner.tenants.TenantRegistry;
import io.switchboard.assigner.tenants.UnknownTenantException;
import io.switchboard.events.EventMeta;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.messaging.outbox.Outbox;
import org.jboss.logging.Logger;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.messaging.inbox.Inbox;
import io.switchboard.messaging.incoming.EventHandling;
import io.switchboard.messaging.incoming.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reads {@code inventory.reservations} and only records the work: a NumberReserved becomes an ASSIGN
 * task, a ReleaseRequested an UNASSIGN task, in the same transaction as the inbox entry. It never
 * waits for Graph, so one slow or throttled tenant cannot hold up the partition.
 * ReservationRejected is not the assigner's business and is skipped.
 */
@ApplicationScoped
public class ReservationsConsumer {

    static final String CONSUMER = "teams-assigner.reservations";
    private static final Logger LOG = Logger.getLogger(ReservationsConsumer.class);

    private static final String INSERT = """
            insert into assignment_task (tenant_id, request_id, kind, user_id, phone_number, number_type, location_id, state,
                                         cause_event_id, correlation_id)
            values (:tenant, :request, :kind, :user, :number, :type, :location, 'PENDING', :cause, :correlation)
            on conflict (tenant_id, request_id) do nothing""";

    private final Mutiny.SessionFactory sessions;
    private final Inbox inbox;
    private final AssignmentWorker worker;
    private final TenantRegistry tenants;
    private final Outbox outbox;

    public ReservationsConsumer(Mutiny.SessionFactory sessions, Inbox inbox, AssignmentWorker worker, TenantRegistry tenants,
                                Outbox outbox) {
        this.sessions = sessions;
        this.inbox = inbox;
        this.worker = worker;
        this.tenants = tenants;
        this.outbox = outbox;
    }

    @Incoming("reservations")
    public Uni<Void> consume(Message<String> message) {
        return EventHandling.handle(message, this::record);
    }

    private Uni<Void> record(IncomingEvent incoming) {
        if (!(incoming.event() instanceof NumberReserved) && !(incoming.event() instanceof ReleaseRequested)) {
            return Uni.createFrom().voidItem();
        }
        if (tenants.find(incoming.tenantId()).isEmpty()) {
            return rejectUnknownTenant(incoming);
        }
        return sessions.withTransaction(session -> inbox.once(session, CONSUMER, incoming.eventId(), () -> insert(session, incoming)))
                .invoke(worker::wakeUp);
    }

    /**
     * Nobody here may write to that tenant: say so at once (non-retryable) instead of letting the
     * reservation wait forever. A release for such a tenant is only logged: there is nothing to report it with.
     */
    private Uni<Void> rejectUnknownTenant(IncomingEvent incoming) {
        String detail = new UnknownTenantException(incoming.tenantId()).getMessage();
        LOG.warnf("%s %s ignored: %s", incoming.type().name(), incoming.eventId(), detail);
        if (!(incoming.event() instanceof NumberReserved reserved)) {
            return Uni.createFrom().voidItem();
        }
        AssignmentFailed failed = new AssignmentFailed(EventMeta.causedBy(reserved.meta()), reserved.reservationId(), reserved.userId(),
                reserved.phoneNumber(), reserved.numberType(), false, FailureReason.OTHER, null, detail, 0);
        return sessions.withTransaction(session -> inbox.once(session, CONSUMER, incoming.eventId(), () -> outbox.append(session, failed)))
                .invoke(outbox::committed);
    }

    private Uni<Void> insert(Mutiny.Session session, IncomingEvent incoming) {
        var query = session.createNativeQuery(INSERT);
        if (incoming.event() instanceof NumberReserved reserved) {
            bind(query, reserved.meta(), reserved.reservationId(), TaskKind.ASSIGN, reserved.userId(), reserved.phoneNumber(),
                    reserved.numberType().name(), reserved.locationId());
        } else {
            ReleaseRequested release = incoming.as(ReleaseRequested.class);
            bind(query, release.meta(), release.releaseId(), TaskKind.UNASSIGN, release.userId(), release.phoneNumber(),
                    release.numberType().name(), null);
        }
        return query.executeUpdate().replaceWithVoid();
    }

    private static void bind(Mutiny.MutationQuery query, EventMeta meta, String requestId, TaskKind kind, String userId,
                             String phoneNumber, String numberType, String locationId) {
        query.setParameter("tenant", meta.tenantId())
                .setParameter("request", requestId)
                .setParameter("kind", kind.name())
                .setParameter("user", userId)
                .setParameter("number", phoneNumber)
                .setParameter("type", numberType)
                .setParameter("location", locationId)
                .setParameter("cause", meta.eventId())
                .setParameter("correlation", meta.correlationId());
    }
}
