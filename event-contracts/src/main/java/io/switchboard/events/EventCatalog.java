package io.switchboard.events;

import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.events.presence.PlatformPresenceReported;
import io.switchboard.events.presence.PresenceChanged;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.events.reservations.ReservationRejected;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type: its record, its topic, its CloudEvents {@code type} (the {@code ce_type}
 * header, versioned) and its JSON Schema on the classpath under {@code schemas/}.
 */
public enum EventCatalog {
    USER_CHANGED(UserChanged.class, Topics.DIRECTORY_USER_CHANGES, "user-changed"),
    RANGE_UPDATED(RangeUpdated.class, Topics.INVENTORY_RANGES, "range-updated"),
    PROVISIONING_DECIDED(ProvisioningDecided.class, Topics.PROVISIONING_DECISIONS, "provisioning-decided"),
    NUMBER_RESERVED(NumberReserved.class, Topics.INVENTORY_RESERVATIONS, "number-reserved"),
    RELEASE_REQUESTED(ReleaseRequested.class, Topics.INVENTORY_RESERVATIONS, "release-requested"),
    RESERVATION_REJECTED(ReservationRejected.class, Topics.INVENTORY_RESERVATIONS, "reservation-rejected"),
    ASSIGNMENT_COMPLETED(AssignmentCompleted.class, Topics.TEAMS_ASSIGNMENTS, "assignment-completed"),
    ASSIGNMENT_FAILED(AssignmentFailed.class, Topics.TEAMS_ASSIGNMENTS, "assignment-failed"),
    UNASSIGNMENT_COMPLETED(UnassignmentCompleted.class, Topics.TEAMS_ASSIGNMENTS, "unassignment-completed"),
    ASSIGNMENT_OBSERVED(AssignmentObserved.class, Topics.TEAMS_ASSIGNMENTS, "assignment-observed"),
    PRESENCE_CHANGED(PresenceChanged.class, Topics.PRESENCE_UPDATES, "presence-changed"),
    PLATFORM_PRESENCE_REPORTED(PlatformPresenceReported.class, Topics.PRESENCE_PLATFORM_EVENTS, "platform-presence-reported");

    /** Prefix of every CloudEvents type; the suffix is the record's simple name and the schema version. */
    public static final String TYPE_PREFIX = "io.switchboard.";
    public static final int SCHEMA_VERSION = 1;

    private final Class<? extends SwitchboardEvent> recordType;
    private final String topic;
    private final String schemaName;

    EventCatalog(Class<? extends SwitchboardEvent> recordType, String topic, String schemaName) {
        this.recordType = recordType;
        this.topic = topic;
        this.schemaName = schemaName;
    }

    public Class<? extends SwitchboardEvent> recordType() {
        return recordType;
    }

    public String topic() {
        return topic;
    }

    /** CloudEvents type, e.g. {@code io.switchboard.NumberReserved.v1}. */
    public String ceType() {
        return TYPE_PREFIX + recordType.getSimpleName() + ".v" + SCHEMA_VERSION;
    }

    /** Classpath location of the JSON Schema, e.g. {@code schemas/number-reserved.schema.json}. */
    public String schemaResource() {
        return "schemas/" + schemaName + ".schema.json";
    }

    public static EventCatalog of(Class<? extends SwitchboardEvent> type) {
        return Arrays.stream(values()).filter(e -> e.recordType == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a catalogued event: " + type.getName()));
    }

    public static Optional<EventCatalog> byCeType(String ceType) {
        return Arrays.stream(values()).filter(e -> e.ceType().equals(ceType)).findFirst();
    }
}
