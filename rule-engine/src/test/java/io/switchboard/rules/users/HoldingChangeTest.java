package io.switchboard.rules.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.events.assignments.Observation;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.events.reservations.ReleaseRequested;
import io.switchboard.events.reservations.ReservationRejected;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldingChangeTest {

    private static final EventMeta META = EventMeta.origin("contoso");
    private static final String NUMBER = "+442071234567";

    @Test
    void teamsConfirmationsAndObservationsSetWhetherTheUserHoldsANumber() {
        assertThat(holding(new AssignmentCompleted(META, "r1", "u1", NUMBER, NumberType.DIRECT_ROUTING, "op"))).contains(Holding.ASSIGNED);
        assertThat(holding(new AssignmentObserved(META, "u1", NUMBER, NumberType.DIRECT_ROUTING, Observation.PRE_EXISTING, null)))
                .contains(Holding.ASSIGNED);
        assertThat(holding(new AssignmentObserved(META, "u1", NUMBER, NumberType.DIRECT_ROUTING, Observation.REMOVED_OUTSIDE, null)))
                .contains(Holding.NONE);
        assertThat(holding(new UnassignmentCompleted(META, "x1", "u1", NUMBER, NumberType.DIRECT_ROUTING, "op"))).contains(Holding.NONE);
    }

    @Test
    void reservationsMarkANumberPendingAndRejectionsClearIt() {
        assertThat(holding(new NumberReserved(META, "r1", "u1", NUMBER, "range", NumberType.DIRECT_ROUTING, null)))
                .contains(Holding.PENDING);
        assertThat(holding(new ReservationRejected(META, "u1", RejectionReason.NO_FREE_NUMBER, "empty"))).contains(Holding.NONE);
        // the inventory knows of a number the engine had not heard of
        assertThat(holding(new ReservationRejected(META, "u1", RejectionReason.ALREADY_HOLDS_NUMBER, "has one")))
                .contains(Holding.ASSIGNED);
    }

    @Test
    void progressReportsAndReleaseRequestsChangeNothing() {
        assertThat(holding(new AssignmentFailed(META, "r1", "u1", NUMBER, NumberType.DIRECT_ROUTING, true, FailureReason.TRANSIENT,
                "429", "throttled", 1))).isEmpty();
        assertThat(holding(new AssignmentFailed(META, "r1", "u1", NUMBER, NumberType.DIRECT_ROUTING, false,
                FailureReason.NUMBER_ALREADY_ASSIGNED, "x", "y", 1))).contains(Holding.NONE);
        assertThat(holding(new ReleaseRequested(META, "x1", "u1", NUMBER, NumberType.DIRECT_ROUTING, "deleted"))).isEmpty();
    }

    private static Optional<Holding> holding(io.switchboard.events.SwitchboardEvent event) {
        return HoldingChange.of(event).map(HoldingChange::holding);
    }
}
