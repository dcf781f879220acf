package io.switchboard.rules.users;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.inbox.Inbox;
import io.switchboard.messaging.incoming.EventHandling;
import io.switchboard.messaging.incoming.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Learns from {@code teams.assignments} and {@code inventory.reservations} whether users hold a
 * number, so a user who already has one is not given another and the simulation counts only users
 * who still need one.
 */
@ApplicationScoped
public class HoldingConsumer {

    static final String ASSIGNMENTS_INBOX = "rule-engine.assignments";
    static final String RESERVATIONS_INBOX = "rule-engine.reservations";

    private final Mutiny.SessionFactory sessions;
    private final Inbox inbox;
    private final UserRepository users;

    public HoldingConsumer(Mutiny.SessionFactory sessions, Inbox inbox, UserRepository users) {
        this.sessions = sessions;
        this.inbox = inbox;
        this.users = users;
    }

    @Incoming("assignments")
    public Uni<Void> assignments(Message<String> message) {
        return EventHandling.handle(message, incoming -> apply(incoming, ASSIGNMENTS_INBOX));
    }

    @Incoming("reservations")
    public Uni<Void> reservations(Message<String> message) {
        return EventHandling.handle(message, incoming -> apply(incoming, RESERVATIONS_INBOX));
    }

    private Uni<Void> apply(IncomingEvent incoming, String consumer) {
        return HoldingChange.of(incoming.event())
                .map(change -> sessions.withTransaction(session -> inbox.once(session, consumer, incoming.eventId(),
                        () -> users.hold(session, incoming.tenantId(), incoming.event().subject(), change,
                                incoming.event().meta().occurredAt()))))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }
}
