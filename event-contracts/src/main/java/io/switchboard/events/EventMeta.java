package io.switchboard.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Envelope fields every Switchboard event carries in its JSON value. The same values are
 * mirrored into CloudEvents binary-mode Kafka headers by the publisher.
 *
 * @param eventId       unique id of this event (becomes {@code ce_id}); consumers use it for de-duplication
 * @param tenantId      Entra ID tenant the event belongs to
 * @param correlationId id shared by every event of one saga (e.g. from a user change to the Teams assignment)
 * @param causationId   id of the event that caused this one, {@code null} for events caused by the outside world
 * @param occurredAt    when the fact happened
 */
public record EventMeta(String eventId, String tenantId, String correlationId, String causationId, Instant occurredAt) {

    public EventMeta {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** Meta for an event that starts a new saga (caused by something outside Switchboard). */
    public static EventMeta origin(String tenantId) {
        String id = UUID.randomUUID().toString();
        return new EventMeta(id, tenantId, id, null, Instant.now());
    }

    /** Meta for an event caused by {@code cause}: same tenant and correlation, causation = cause's id. */
    public static EventMeta causedBy(EventMeta cause) {
        return new EventMeta(UUID.randomUUID().toString(), cause.tenantId(), cause.correlationId(), cause.eventId(), Instant.now());
    }
}
