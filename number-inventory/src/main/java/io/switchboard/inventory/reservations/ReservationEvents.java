package io.switchboard.inventory.reservations;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.events.reservations.NumberReserved;
import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.events.reservations.ReservationRejected;
import io.switchboard.inventory.numbers.InventoryNumber;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

/** Turns a reservation outcome into the event the assigner and everyone else reads. */
@ApplicationScoped
public class ReservationEvents {

    private final Outbox outbox;

    public ReservationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Appends NumberReserved or ReservationRejected. {@code AlreadyHolds} is a rejection unless the
     * number was reserved by {@code decisionId} itself (the same decision seen again: nothing to say).
     */
    public Uni<Void> publish(Mutiny.Session session, ReservationOutcome outcome, EventMeta meta, String userId, String decisionId) {
        if (outcome instanceof ReservationOutcome.Reserved reserved) {
            return outbox.append(session, reserved(meta, reserved.number()));
        }
        if (outcome instanceof ReservationOutcome.AlreadyHolds holds) {
            if (decisionId != null && decisionId.equals(holds.number().decisionId())) {
                return Uni.createFrom().voidItem();
            }
            InventoryNumber number = holds.number();
            return outbox.append(session, new ReservationRejected(meta, userId, RejectionReason.ALREADY_HOLDS_NUMBER,
                    "user " + userId + " already holds " + number.e164() + " (" + number.state() + "); a user gets one number"));
        }
        ReservationOutcome.Rejected rejected = (ReservationOutcome.Rejected) outcome;
        return outbox.append(session, new ReservationRejected(meta, userId, rejected.reason(), rejected.detail()));
    }

    public static NumberReserved reserved(EventMeta meta, InventoryNumber number) {
        return new NumberReserved(meta, number.reservationId(), number.userId(), number.e164(), number.rangeId(),
                number.numberType(), number.locationId());
    }
}
