package io.switchboard.messaging.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The consumer side of exactly-once in effect: record an event id in the same transaction as the
 * state change it causes. A redelivered event finds its id already there and is skipped; if the
 * transaction rolls back, the id goes with it and the redelivery is processed normally.
 */
@ApplicationScoped
public class Inbox {

    private static final String INSERT = """
            insert into inbox (consumer, event_id) values (:consumer, :eventId)
            on conflict (consumer, event_id) do nothing""";

    /**
     * Records that {@code consumer} processes {@code eventId}; call inside {@code withTransaction}
     * before acting. Emits {@code true} the first time, {@code false} for a redelivery.
     */
    public Uni<Boolean> firstDelivery(Mutiny.Session session, String consumer, String eventId) {
        return session.createNativeQuery(INSERT)
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate()
                .map(inserted -> inserted == 1);
    }

    /**
     * Runs {@code action} the first time {@code consumer} sees {@code eventId} and does nothing for a
     * redelivery; call inside {@code withTransaction} so the record and the action commit together.
     */
    public Uni<Void> once(Mutiny.Session session, String consumer, String eventId, Supplier<Uni<?>> action) {
        return firstDelivery(session, consumer, eventId)
                .chain(first -> first ? action.get().replaceWithVoid() : Uni.createFrom().voidItem());
    }
}
