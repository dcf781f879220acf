package io.switchboard.assigner.assignments;

import io.smallrye.mutiny.Uni;
import io.switchboard.assigner.tenants.TenantRegistry;
import io.switchboard.assigner.tenants.UnknownTenantException;
import io.switchboard.events.EventMeta;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.messaging.outbox.Outbox;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.messaging.inbox.Inbox;
import io.switchboard.messaging.incoming.EventHandling;
import io.switchboard.messaging.incoming.IncomingEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Reads {@code inventory.reservations} and only records the work: a NumberReserved becomes an ASSIGN
 * task, a ReleaseRequested an UNASSIGN task, in the same statement as the inbox entry. It never
 * waits for Graph, so one slow or throttled tenant cannot hold up the partition.
 * ReservationRejected is not the assigner's business and is skipped.
 */
@ApplicationScoped
public class ReservationsConsumer {

    static final String CONSUMER = "teams-assigner.reservations";
    private static final Logger LOG = Logger.getLogger(ReservationsConsumer.class);

    /**
     * The inbox entry and the task in one statement, so one round trip and atomic: the task is only inserted when
     * the inbox took the event id. It writes the same inbox row as {@link Inbox#once} (deliberately: that
     * one needs an ORM session and a transaction of several round trips, and bulk onboarding sends hundreds of
     * reservations a second through here).
     */
    private static final String RECORD = """
            with first_delivery as (
                insert into inbox (consumer, event_id) values ($1, $2)
                on conflict (consumer, event_id) do nothing
                returning event_id)
            insert into assignment_task (tenant_id, request_id, kind, user_id, phone_number, number_type, location_id, state,
                                         cause_event_id, correlation_id)
            select cast($3 as text), cast($4 as text), cast($5 as text), cast($6 as text), cast($7 as text), cast($8 as text),
                   cast($9 as text), 'PENDING', cast($10 as text), cast($11 as text)
            from first_delivery
            on conflict (tenant_id, request_id) do nothing""";

    private final Mutiny.SessionFactory sessions;
    private final Pool pool;
    private final Inbox inbox;
    private final AssignmentWorker worker;
    private final TenantRegistry tenants;
    private final Outbox outbox;

    public ReservationsConsumer(Mutiny.SessionFactory sessions, Pool pool, Inbox inbox, AssignmentWorker worker,
                                TenantRegistry tenants, Outbox outbox) {
        this.sessions = sessions;
        this.pool = pool;
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
        return pool.preparedQuery(RECORD).execute(values(incoming)).replaceWithVoid().invoke(worker::wakeUp);
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

    private static Tuple values(IncomingEvent incoming) {
        if (incoming.event() instanceof NumberReserved reserved) {
            return values(incoming, reserved.meta(), reserved.reservationId(), TaskKind.ASSIGN, reserved.userId(), reserved.phoneNumber(),
                    reserved.numberType().name(), reserved.locationId());
        }
        ReleaseRequested release = incoming.as(ReleaseRequested.class);
        return values(incoming, release.meta(), release.releaseId(), TaskKind.UNASSIGN, release.userId(), release.phoneNumber(),
                release.numberType().name(), null);
    }

    private static Tuple values(IncomingEvent incoming, EventMeta meta, String requestId, TaskKind kind, String userId,
                                String phoneNumber, String numberType, String locationId) {
        return Tuple.from(Arrays.asList(CONSUMER, incoming.eventId(), meta.tenantId(), requestId, kind.name(), userId, phoneNumber,
                numberType, locationId, meta.eventId(), meta.correlationId()));
    }
}
