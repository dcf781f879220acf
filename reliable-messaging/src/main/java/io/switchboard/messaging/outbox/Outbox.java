package io.switchboard.messaging.outbox;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.RecordKeys;
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
                    :correlationId, nullif(:causationId, ''), cast(:payload as text))
            """;

    private final OutboxRelay relay;

    public Outbox(OutboxRelay relay) {
        this.relay = relay;
    }

    /** Appends one event; call inside {@code withTransaction}. */
    public Uni<Void> append(Mutiny.Session session, SwitchboardEvent event) {
        return insert(session, EventCatalog.of(event.getClass()), event.meta(), event.subject(), EventJson.write(event));
    }

    /**
     * Appends a tombstone: a record with the key of {@code type}'s events about {@code subject} and a
     * null value, so a compacted topic forgets the subject. It carries the CloudEvents headers of
     * {@code type} (without a content type) and is published in order with the events around it.
     */
    public Uni<Void> appendTombstone(Mutiny.Session session, Class<? extends SwitchboardEvent> type, EventMeta meta,
                                     String subject) {
        return insert(session, EventCatalog.of(type), meta, subject, null);
    }

    private static Uni<Void> insert(Mutiny.Session session, EventCatalog entry, EventMeta meta, String subject, String payload) {
        return session.createNativeQuery(INSERT)
                .setParameter("eventId", meta.eventId())
                .setParameter("topic", entry.topic())
                .setParameter("recordKey", RecordKeys.of(meta.tenantId(), subject))
                .setParameter("ceType", entry.ceType())
                .setParameter("subject", subject)
                .setParameter("time", OffsetDateTime.ofInstant(meta.occurredAt(), ZoneOffset.UTC))
                .setParameter("tenantId", meta.tenantId())
                .setParameter("correlationId", meta.correlationId())
                .setParameter("causationId", meta.causationId() == null ? "" : meta.causationId())
                .setParameter("payload", payload)
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
