package io.switchboard.inventory.reservations;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.inventory.numbers.UniqueViolations;
import io.switchboard.messaging.inbox.Inbox;
import io.switchboard.messaging.incoming.EventHandling;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads {@code teams.assignments}: what Teams did (or was found to have) for each user's number. */
@ApplicationScoped
public class AssignmentConsumer {

    static final String INBOX = "number-inventory.assignments";

    private final Mutiny.SessionFactory sessions;
    private final Inbox inbox;
    private final Outbox outbox;
    private final AssignmentOutcomeService outcomes;

    public AssignmentConsumer(Mutiny.SessionFactory sessions, Inbox inbox, Outbox outbox, AssignmentOutcomeService outcomes) {
        this.sessions = sessions;
        this.inbox = inbox;
        this.outbox = outbox;
        this.outcomes = outcomes;
    }

    @Incoming("assignments")
    public Uni<Void> consume(Message<String> message) {
        return EventHandling.handle(message, incoming -> sessions.withTransaction(session ->
                        inbox.once(session, INBOX, incoming.eventId(), () -> act(session, incoming.event())))
                .onFailure(f -> UniqueViolations.of(f, UniqueViolations.ONE_PER_USER)).retry().atMost(2)
                .invoke(outbox::committed));
    }

    private Uni<Void> act(Mutiny.Session session, SwitchboardEvent event) {
        if (event instanceof AssignmentCompleted completed) {
            return outcomes.completed(session, completed);
        }
        if (event instanceof AssignmentFailed failed) {
            return outcomes.failed(session, failed);
        }
        if (event instanceof UnassignmentCompleted unassigned) {
            return outcomes.unassigned(session, unassigned);
        }
        return outcomes.observed(session, (AssignmentObserved) event);
    }
}
