package io.switchboard.messaging.incoming;

import io.switchboard.events.EventCatalog;
import io.switchboard.events.SwitchboardEvent;

/** A typed event read from Kafka, with where it came from. */
public record IncomingEvent(EventCatalog type, SwitchboardEvent event, String topic, int partition, long offset) {

    public String eventId() {
        return event.meta().eventId();
    }

    public String tenantId() {
        return event.meta().tenantId();
    }

    /** The event as its record type; fails if the event is of another type. */
    public <T extends SwitchboardEvent> T as(Class<T> recordType) {
        return recordType.cast(event);
    }
}
