package io.switchboard.inventory.reservations;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.inventory.numbers.UniqueViolations;
import io.switchboard.messaging.inbox.Inbox;
import io.switchboard.messaging.incoming.EventHandling;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads {@code provisioning.decisions}; each decision, its effects and its inbox entry commit together. */
@ApplicationScoped
public class DecisionConsumer {

    static final String INBOX = "number-inventory.decisions";

    private final Mutiny.SessionFactory sessions;
    private final Inbox inbox;
    private final Outbox outbox;
    private final DecisionService decisions;

    public DecisionConsumer(Mutiny.SessionFactory sessions, Inbox inbox, Outbox outbox, DecisionService decisions) {
        this.sessions = sessions;
        this.inbox = inbox;
        this.outbox = outbox;
        this.decisions = decisions;
    }

    @Incoming("decisions")
    public Uni<Void> consume(Message<String> message) {
        return EventHandling.handle(message, incoming -> {
            ProvisioningDecided decision = incoming.as(ProvisioningDecided.class);
            return sessions.withTransaction(session -> inbox.once(session, INBOX, incoming.eventId(), () -> decisions.act(session, decision)))
                    // A concurrent override may have given the user a number after our check: the index
                    // refused the second one; the retry sees it and answers ALREADY_HOLDS_NUMBER.
                    .onFailure(f -> UniqueViolations.of(f, UniqueViolations.ONE_PER_USER)).retry().atMost(2)
                    .invoke(outbox::committed);
        });
    }
}
