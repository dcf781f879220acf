package io.switchboard.events;

import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.events.assignments.Observation;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.events.presence.PlatformPresenceReported;
import io.switchboard.events.presence.PresenceChanged;
import io.switchboard.events.presence.PresenceOrigin;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.Explanation;
import io.switchboard.events.provisioning.ProvisioningDecided;
import io.switchboard.events.provisioning.RuleEvaluation;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.events.reservations.ReservationRejected;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One realistic sample of every catalogued event: {@link #full} sets every field, {@link #minimal}
 * only what the schema requires (every optional field {@code null}, collections empty).
 */
public final class EventSamples {

    public static final String TENANT = "8f2a6c1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b";
    public static final String USER = "5f1c9a2e-8b7d-4e3f-a6c5-1d2e3f4a5b6c";
    public static final String RANGE = "london-dr-01";
    public static final String NUMBER = "+442079460123";
    private static final Instant AT = Instant.parse("2025-03-14T09:26:53.589Z");

    private EventSamples() {
    }

    /** Meta with a causation id, as for an event caused by another event of the saga. */
    public static EventMeta causedMeta() {
        return new EventMeta("3c9e7a51-0d2b-4f6e-8a1c-5b7d9e0f2a4c", TENANT,
                "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0", AT);
    }

    /** Meta of an event the outside world caused: no causation id. */
    public static EventMeta originMeta() {
        return new EventMeta("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", TENANT,
                "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", null, AT);
    }

    public static SwitchboardEvent full(EventCatalog entry) {
        EventMeta meta = causedMeta();
        return switch (entry) {
            case USER_CHANGED -> new UserChanged(meta, UserChangeType.DELETED, fullUser(),
                    new LicenceView(true, true, List.of("MCOPSTN1"), List.of("SPE_E5", "MCOPSTN1")),
                    List.of("accountEnabled", "officeLocation"),
                    Map.of("accountEnabled", "true", "officeLocation", "London Bridge 3.14"),
                    DeletionKind.SOFT);
            case RANGE_UPDATED -> new RangeUpdated(meta, RANGE, "London Direct Routing", NumberType.DIRECT_ROUTING,
                    "BT Wholesale", "GB", "20", "0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f", List.of("london", "sales"),
                    1000, 412, true);
            case PROVISIONING_DECIDED -> new ProvisioningDecided(meta, USER, "alice.smith@contoso.com",
                    UserChangeType.LICENSED, DecisionAction.ASSIGN, NumberType.DIRECT_ROUTING,
                    List.of(new CandidateRange(RANGE, NumberType.DIRECT_ROUTING, 10, "rule-london"),
                            new CandidateRange("uk-fallback", NumberType.OPERATOR_CONNECT, 20, "rule-uk")),
                    new Explanation("Teams Phone without Calling Plan; rule 'London office' matched",
                            List.of(new RuleEvaluation("rule-london", "London office", RANGE, true,
                                            "city 'London' equals 'london' (case-insensitive)"),
                                    new RuleEvaluation("rule-paris", "Paris office", "paris-dr-01", false,
                                            "city 'London' does not equal 'Paris'"))));
            case NUMBER_RESERVED -> new NumberReserved(meta, "res-7d3f", USER, NUMBER, RANGE,
                    NumberType.DIRECT_ROUTING, "0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f");
            case RELEASE_REQUESTED -> new ReleaseRequested(meta, "rel-19a0", USER, NUMBER, NumberType.DIRECT_ROUTING,
                    "user deleted");
            case RESERVATION_REJECTED -> new ReservationRejected(meta, USER, RejectionReason.NO_FREE_NUMBER,
                    "ranges london-dr-01 and uk-fallback have no AVAILABLE number");
            case ASSIGNMENT_COMPLETED -> new AssignmentCompleted(meta, "res-7d3f", USER, NUMBER,
                    NumberType.DIRECT_ROUTING, "op-4c1d2e3f");
            case ASSIGNMENT_FAILED -> new AssignmentFailed(meta, "res-7d3f", USER, NUMBER, NumberType.DIRECT_ROUTING,
                    false, FailureReason.NUMBER_ALREADY_ASSIGNED, "PhoneNumberAlreadyAssigned",
                    "The telephone number is already assigned to another user.", 1);
            case UNASSIGNMENT_COMPLETED -> new UnassignmentCompleted(meta, "rel-19a0", USER, NUMBER,
                    NumberType.DIRECT_ROUTING, "op-9e8f7a6b");
            case ASSIGNMENT_OBSERVED -> new AssignmentObserved(meta, USER, NUMBER, NumberType.CALLING_PLAN,
                    Observation.ASSIGNED_OUTSIDE, "0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f");
            case PRESENCE_CHANGED -> new PresenceChanged(meta, USER, "Busy", "InACall", PresenceOrigin.PLATFORM,
                    "zoom-emea", "in_call", 42);
            case PLATFORM_PRESENCE_REPORTED -> new PlatformPresenceReported(meta, "zoom-emea",
                    "alice.smith@contoso.com", "in_call", AT.minusMillis(250));
        };
    }

    public static SwitchboardEvent minimal(EventCatalog entry) {
        EventMeta meta = originMeta();
        return switch (entry) {
            case USER_CHANGED -> new UserChanged(meta, UserChangeType.JOINED, DirectoryUser.ofId(USER), LicenceView.NONE,
                    null, null, null);
            case RANGE_UPDATED -> new RangeUpdated(meta, RANGE, "London Direct Routing", NumberType.DIRECT_ROUTING,
                    null, "GB", null, null, null, 0, 0, false);
            case PROVISIONING_DECIDED -> new ProvisioningDecided(meta, USER, null, UserChangeType.JOINED,
                    DecisionAction.NONE, null, null, Explanation.of("no Teams Phone licence: no number"));
            case NUMBER_RESERVED -> new NumberReserved(meta, "res-7d3f", USER, NUMBER, RANGE,
                    NumberType.CALLING_PLAN, null);
            case RELEASE_REQUESTED -> new ReleaseRequested(meta, "rel-19a0", USER, NUMBER, NumberType.CALLING_PLAN,
                    "Teams Phone licence removed");
            case RESERVATION_REJECTED -> new ReservationRejected(meta, USER, RejectionReason.NO_CANDIDATE_RANGE,
                    "the decision named no candidate range");
            case ASSIGNMENT_COMPLETED -> new AssignmentCompleted(meta, "res-7d3f", USER, NUMBER,
                    NumberType.OPERATOR_CONNECT, "op-4c1d2e3f");
            case ASSIGNMENT_FAILED -> new AssignmentFailed(meta, "res-7d3f", USER, NUMBER, NumberType.OPERATOR_CONNECT,
                    true, FailureReason.TRANSIENT, null, null, 3);
            case UNASSIGNMENT_COMPLETED -> new UnassignmentCompleted(meta, "rel-19a0", USER, NUMBER,
                    NumberType.OPERATOR_CONNECT, "op-9e8f7a6b");
            case ASSIGNMENT_OBSERVED -> new AssignmentObserved(meta, USER, NUMBER, NumberType.DIRECT_ROUTING,
                    Observation.PRE_EXISTING, null);
            case PRESENCE_CHANGED -> new PresenceChanged(meta, USER, "Available", "Available", PresenceOrigin.TEAMS,
                    null, null, 0);
            case PLATFORM_PRESENCE_REPORTED -> new PlatformPresenceReported(meta, "asterisk-hq", "4711", "available",
                    AT);
        };
    }

    private static DirectoryUser fullUser() {
        return new DirectoryUser(USER, "Alice Smith", "alice.smith@contoso.com", "alice.smith@contoso.com", false,
                "London", "London Bridge 4.01", "GB", "Sales", "Contoso Ltd", "United Kingdom", "England",
                "Account Manager", "Employee");
    }
}
