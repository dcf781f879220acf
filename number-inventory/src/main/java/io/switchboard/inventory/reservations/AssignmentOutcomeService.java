package io.switchboard.inventory.reservations;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.events.assignments.UnassignmentCompleted;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberRepository;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.numbers.NumberTransitions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The inventory's reaction to what the assigner reports. An outcome that does not match the
 * number's current reservation (late, or about an older reservation) changes nothing and is noted.
 */
@ApplicationScoped
public class AssignmentOutcomeService {

    private final NumberRepository numbers;
    private final NumberTransitions transitions;
    private final ReservationService reservations;
    private final ReservationEvents events;
    private final ObservationService observations;

    public AssignmentOutcomeService(NumberRepository numbers, NumberTransitions transitions, ReservationService reservations,
                                    ReservationEvents events, ObservationService observations) {
        this.numbers = numbers;
        this.transitions = transitions;
        this.reservations = reservations;
        this.events = events;
        this.observations = observations;
    }

    public Uni<Void> completed(Mutiny.Session session, AssignmentCompleted event) {
        Cause cause = Cause.event(event, "assigned in Teams (operation " + event.operationId() + ")");
        return numbers.lock(session, event.meta().tenantId(), event.phoneNumber()).chain(found -> {
            if (found.isEmpty()) {
                return transitions.note(session, event.meta().tenantId(), event.phoneNumber(), event.userId(),
                        cause.because("assignment completed for a number the inventory does not hold"));
            }
            InventoryNumber number = found.get();
            if (!isReservation(number, event.reservationId(), event.userId())) {
                return transitions.note(session, number, cause.because("assignment completed for reservation "
                        + event.reservationId() + " but the number is " + number.state() + "; nothing changed"));
            }
            return transitions.apply(session, number, number.to(NumberState.ASSIGNED, cause.reason()), cause).replaceWithVoid();
        });
    }

    public Uni<Void> failed(Mutiny.Session session, AssignmentFailed event) {
        String why = event.reason() + (event.graphErrorCode() == null ? "" : " (" + event.graphErrorCode() + ": "
                + event.graphErrorMessage() + ")") + " after " + event.attempts() + " attempt(s)";
        Cause cause = Cause.event(event, (event.retryable() ? "assignment attempt failed, the assigner retries: " : "assignment failed: ") + why);
        return numbers.lock(session, event.meta().tenantId(), event.phoneNumber()).chain(found -> {
            if (found.isEmpty()) {
                return transitions.note(session, event.meta().tenantId(), event.phoneNumber(), event.userId(), cause);
            }
            InventoryNumber number = found.get();
            if (event.retryable() || !isReservation(number, event.reservationId(), event.userId())) {
                return transitions.note(session, number, cause);
            }
            if (event.reason() == FailureReason.NUMBER_ALREADY_ASSIGNED) {
                return conflict(session, event, number, cause);
            }
            return transitions.apply(session, number, number.to(NumberState.AVAILABLE, cause.reason()), cause).replaceWithVoid();
        });
    }

    /** Teams says someone else has the number: mark it and reserve the next one from the same candidates. */
    private Uni<Void> conflict(Mutiny.Session session, AssignmentFailed event, InventoryNumber number, Cause cause) {
        var candidates = number.candidates().isEmpty() ? java.util.List.of(number.rangeId()) : number.candidates();
        String decisionId = number.decisionId();
        Cause retry = cause.because("next number after a conflict on " + number.e164());
        return transitions.apply(session, number, number.to(NumberState.CONFLICT, cause.reason()), cause)
                .chain(() -> reservations.reserveFree(session, number.tenantId(), number.userId(), candidates, decisionId, retry))
                .chain(outcome -> events.publish(session, outcome, EventMeta.causedBy(event.meta()), number.userId(), null));
    }

    public Uni<Void> unassigned(Mutiny.Session session, UnassignmentCompleted event) {
        Cause cause = Cause.event(event, "unassigned in Teams (operation " + event.operationId() + ")");
        return numbers.lock(session, event.meta().tenantId(), event.phoneNumber()).chain(found -> {
            if (found.isEmpty()) {
                return transitions.note(session, event.meta().tenantId(), event.phoneNumber(), event.userId(), cause);
            }
            InventoryNumber number = found.get();
            if (number.state() != NumberState.RELEASING || !Objects.equals(number.userId(), event.userId())) {
                return transitions.note(session, number, cause.because("unassignment completed but the number is "
                        + number.state() + "; nothing changed"));
            }
            return transitions.apply(session, number, number.freed(Instant.now(), cause.reason()), cause).replaceWithVoid();
        });
    }

    public Uni<Void> observed(Mutiny.Session session, io.switchboard.events.assignments.AssignmentObserved event) {
        return observations.observed(session, event);
    }

    private static boolean isReservation(InventoryNumber number, String reservationId, String userId) {
        return number.state() == NumberState.RESERVED && Objects.equals(number.userId(), userId)
                && (reservationId == null || reservationId.equals(number.reservationId()));
    }
}
