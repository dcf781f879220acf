package io.switchboard.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The state change of the test consumer: one row per event it acted on. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    public String eventId;
    public String tenantId;
    public String userId;

    protected ProcessedEvent() {
    }

    ProcessedEvent(String eventId, String tenantId, String userId) {
        this.eventId = eventId;
        this.tenantId = tenantId;
        this.userId = userId;
    }
}
