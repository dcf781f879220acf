package io.switchboard.rules.deciding;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.messaging.inbox.Inbox;
import io.switchboard.messaging.incoming.EventHandling;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads {@code directory.user-changes}; each change's decision, its effects and its inbox entry commit together. */
@ApplicationScoped
public class UserChangeConsumer {

    static final String INBOX = "rule-engine.user-changes";

    private final Mutiny.SessionFactory sessions;
    private final Inbox inbox;
    private final Outbox outbox;
    private final DecisionService decisions;

    public UserChangeConsumer(Mutiny.SessionFactory sessions, Inbox inbox, Outbox outbox, DecisionService decisions) {
        this.sessions = sessions;
        this.inbox = inbox;
        this.outbox = outbox;
        this.decisions = decisions;
    }

    @Incoming("user-changes")
    public Uni<Void> consume(Message<String> message) {
        return EventHandling.handle(message, incoming -> {
            UserChanged change = incoming.as(UserChanged.class);
            return sessions.withTransaction(session -> inbox.once(session, INBOX, incoming.eventId(), () -> decisions.decide(session, change)))
                    .invoke(outbox::committed);
        });
    }
}
