package io.switchboard.events;

/**
 * A Switchboard event. The record key on Kafka is {@code "{tenantId}/{subject}"}, so every event of
 * one user (or one range) lands on one partition and stays ordered through the whole saga.
 */
public interface SwitchboardEvent {

    EventMeta meta();

    /** The entity the event is about: a user id, a range id or a platform identity. */
    String subject();

    default String key() {
        return RecordKeys.of(meta().tenantId(), subject());
    }
}
