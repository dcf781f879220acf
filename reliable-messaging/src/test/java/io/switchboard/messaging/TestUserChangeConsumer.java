package io.switchboard.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.inbox.Inbox;
import io.switchboard.messaging.incoming.EventHandling;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/** A consumer written the way services write theirs: inbox and state change in one transaction. */
@ApplicationScoped
public class TestUserChangeConsumer {

    private final Mutiny.SessionFactory sessions;
    private final Inbox inbox;
    private final List<String> deliveries = new CopyOnWriteArrayList<>();
    private final List<String> duplicates = new CopyOnWriteArrayList<>();

    public TestUserChangeConsumer(Mutiny.SessionFactory sessions, Inbox inbox) {
        this.sessions = sessions;
        this.inbox = inbox;
    }

    /** Ids of every event delivered, redeliveries included. */
    public List<String> deliveries() {
        return deliveries;
    }

    /** Ids of the deliveries the inbox recognised as duplicates. */
    public List<String> duplicates() {
        return duplicates;
    }

    @Incoming("user-changes")
    public Uni<Void> consume(Message<String> message) {
        return EventHandling.handle(message, incoming -> {
            deliveries.add(incoming.eventId());
            return sessions.withTransaction(session -> inbox.firstDelivery(session, "test-consumer", incoming.eventId())
                    .chain(first -> {
                        if (!first) {
                            duplicates.add(incoming.eventId());
                            return Uni.createFrom().voidItem();
                        }
                        return session.persist(new ProcessedEvent(incoming.eventId(), incoming.tenantId(), incoming.event().subject()));
                    }));
        });
    }
}
