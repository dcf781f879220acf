package io.switchboard.inventory.reservations;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.inventory.numbers.NumberRepository;
import io.switchboard.inventory.numbers.NumberState;
import io.switchboard.inventory.numbers.NumberTransitions;
import io.switchboard.inventory.ranges.RangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reserves the lowest free number of the first candidate range that has one. Concurrent
 * reservations skip each other's locked rows instead of waiting; the partial unique index on the
 * user's held number stops a user from ever getting two, whatever the code above does.
 */
@ApplicationScoped
public class ReservationService {

    private final NumberRepository numbers;
    private final RangeRepository ranges;
    private final NumberTransitions transitions;

    public ReservationService(NumberRepository numbers, RangeRepository ranges, NumberTransitions transitions) {
        this.numbers = numbers;
        this.ranges = ranges;
        this.transitions = transitions;
    }

    /** Call inside a transaction; {@code decisionId} is stored so a redelivered decision is recognised. */
    public Uni<ReservationOutcome> reserve(Mutiny.Session session, String tenantId, String userId, List<String> candidates,
                                          String decisionId, Cause cause) {
        return numbers.lockHeldBy(session, tenantId, userId).chain(held -> {
            if (held.isPresent()) {
                return Uni.createFrom().item(new ReservationOutcome.AlreadyHolds(held.get()));
            }
            return reserveFree(session, tenantId, userId, candidates, decisionId, cause);
        });
    }

    /** Like {@link #reserve} but for a user known to hold nothing (e.g. right after a conflict took their number). */
    public Uni<ReservationOutcome> reserveFree(Mutiny.Session session, String tenantId, String userId, List<String> candidates,
                                              String decisionId, Cause cause) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(new ReservationOutcome.Rejected(RejectionReason.NO_CANDIDATE_RANGE,
                    "the decision named no candidate range"));
        }
        return ranges.existing(session, tenantId, candidates).chain(existing -> {
            List<String> known = candidates.stream().filter(existing::contains).toList();
            if (known.isEmpty()) {
                return Uni.createFrom().item(new ReservationOutcome.Rejected(RejectionReason.NO_CANDIDATE_RANGE,
                        "none of the candidate ranges " + candidates + " exists in tenant " + tenantId));
            }
            return firstFree(session, tenantId, known, 0)
                    .chain(found -> found.isPresent() ? Uni.createFrom().item(found) : firstFreeWaiting(session, tenantId, known, 0))
                    .chain(found -> found
                            .map(number -> take(session, number, userId, candidates, decisionId, cause))
                            .orElseGet(() -> noneFree(session, tenantId, userId, known)));
        });
    }

    /**
     * Nothing free even after waiting: an override may just have given the user a number (the
     * reservation we waited for), in which case that is the answer rather than "no free number".
     */
    private Uni<ReservationOutcome> noneFree(Mutiny.Session session, String tenantId, String userId, List<String> ranges) {
        return numbers.lockHeldBy(session, tenantId, userId).map(held -> held
                .<ReservationOutcome>map(ReservationOutcome.AlreadyHolds::new)
                .orElseGet(() -> new ReservationOutcome.Rejected(RejectionReason.NO_FREE_NUMBER,
                        "no free number in candidate ranges " + ranges)));
    }

    /** Reserves a number the caller has already locked (an override naming the number). */
    public Uni<ReservationOutcome> take(Mutiny.Session session, InventoryNumber number, String userId, List<String> candidates,
                                        String decisionId, Cause cause) {
        InventoryNumber next = number.to(NumberState.RESERVED, cause.reason())
                .reservedFor(userId, UUID.randomUUID().toString(), decisionId, candidates);
        return transitions.apply(session, number, next, cause).map(ReservationOutcome.Reserved::new);
    }

    /** Like {@link #firstFree} but waits for numbers locked by reservations in flight (rare: all free ones were locked). */
    private Uni<Optional<InventoryNumber>> firstFreeWaiting(Mutiny.Session session, String tenantId, List<String> ranges, int index) {
        if (index >= ranges.size()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return numbers.lockAvailableWaiting(session, tenantId, ranges.get(index)).chain(free -> free.isEmpty()
                ? firstFreeWaiting(session, tenantId, ranges, index + 1)
                : Uni.createFrom().item(Optional.of(free.get(0))));
    }

    private Uni<Optional<InventoryNumber>> firstFree(Mutiny.Session session, String tenantId, List<String> ranges, int index) {
        if (index >= ranges.size()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return numbers.lockNextAvailable(session, tenantId, ranges.get(index)).chain(found -> found.isPresent()
                ? Uni.createFrom().item(found)
                : firstFree(session, tenantId, ranges, index + 1));
    }
}
