package io.switchboard.messaging.outbox;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.SwitchboardEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Writes events into the outbox table inside the caller's Hibernate Reactive transaction, so the
 * state change and its events commit or roll back together. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox (event_id, topic, record_key, ce_type, ce_subject, ce_time, tenant_id,
                                correlation_id, causation_id, payload)
            values (:eventId, :topic, :recordKey, :ceType, :subject, :time, :tenantId,
                    :correlationId, nullif(:causationId, ''), :payload)
            """;

    private final OutboxRelay relay;

    public Outbox(OutboxRelay relay) {
        this.relay = relay;
    }

    /** Appends one event; call inside {@code withTransaction}. */
    public Uni<Void> append(Mutiny.Session session, SwitchboardEvent event) {
        EventCatalog entry = EventCatalog.of(event.getClass());
        var meta = event.meta();
        return session.createNativeQuery(INSERT)
                .setParameter("eventId", meta.eventId())
                .setParameter("topic", entry.topic())
                .setParameter("recordKey", event.key())
                .setParameter("ceType", entry.ceType())
                .setParameter("subject", event.subject())
                .setParameter("time", OffsetDateTime.ofInstant(meta.occurredAt(), ZoneOffset.UTC))
                .setParameter("tenantId", meta.tenantId())
                .setParameter("correlationId", meta.correlationId())
                .setParameter("causationId", meta.causationId() == null ? "" : meta.causationId())
                .setParameter("payload", EventJson.write(event))
                .executeUpdate()
                .replaceWithVoid();
    }

    /** Appends several events in order. */
    public Uni<Void> appendAll(Mutiny.Session session, List<? extends SwitchboardEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SwitchboardEvent event : events) {
            chain = chain.chain(() -> append(session, event));
        }
        return chain;
    }

    /**
     * Tells the relay that a transaction with outbox rows has just committed, so it publishes now
     * instead of at its next poll. Optional: without it the events still go out within the poll interval.
     */
    public void committed() {
        relay.wakeUp();
    }
}
