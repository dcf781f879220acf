package io.switchboard.rules.users;

import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.AssignmentObserved;
import io.switchboard.events.assignments.Observation;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.events.reservations.ReservationRejected;
import java.util.Optional;

/**
 * What an event of {@code teams.assignments} or {@code inventory.reservations} says about whether the
 * user holds a number, so the decision policy knows who still needs one.
 *
 * @param phoneNumber the number when known
 * @param source      the event's type, kept for people reading the table
 */
public record HoldingChange(Holding holding, String phoneNumber, String source) {

    /** Empty for events that do not change whether the user holds a number. */
    public static Optional<HoldingChange> of(SwitchboardEvent event) {
        String source = event.getClass().getSimpleName();
        if (event instanceof AssignmentCompleted completed) {
            return change(Holding.ASSIGNED, completed.phoneNumber(), source);
        }
        if (event instanceof AssignmentObserved observed) {
            return observed.observation() == Observation.REMOVED_OUTSIDE
                    ? change(Holding.NONE, null, source + " " + observed.observation())
                    : change(Holding.ASSIGNED, observed.phoneNumber(), source + " " + observed.observation());
        }
        if (event instanceof UnassignmentCompleted) {
            return change(Holding.NONE, null, source);
        }
        if (event instanceof AssignmentFailed failed) {
            // A retryable failure is progress news; a final one means the reserved number is gone again.
            return failed.retryable() ? Optional.empty() : change(Holding.NONE, null, source + " " + failed.reason());
        }
        if (event instanceof NumberReserved reserved) {
            return change(Holding.PENDING, reserved.phoneNumber(), source);
        }
        if (event instanceof ReservationRejected rejected) {
            // "Already holds a number" tells us the user has one we had not heard of.
            return rejected.reason() == RejectionReason.ALREADY_HOLDS_NUMBER
                    ? change(Holding.ASSIGNED, null, source + " " + rejected.reason())
                    : change(Holding.NONE, null, source + " " + rejected.reason());
        }
        // ReleaseRequested: the number stays the user's until Teams confirms the unassignment.
        return Optional.empty();
    }

    private static Optional<HoldingChange> change(Holding holding, String phoneNumber, String source) {
        return Optional.of(new HoldingChange(holding, phoneNumber, source));
    }
}
