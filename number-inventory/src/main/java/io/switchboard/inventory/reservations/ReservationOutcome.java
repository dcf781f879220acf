package io.switchboard.inventory.reservations;

import io.switchboard.events.reservations.RejectionReason;
import io.switchboard.inventory.numbers.InventoryNumber;

/** What an attempt to reserve a number for a user came to. */
public sealed interface ReservationOutcome {

    /** A number was reserved. */
    record Reserved(InventoryNumber number) implements ReservationOutcome {
    }

    /** The user already holds {@code number}; nothing was reserved. */
    record AlreadyHolds(InventoryNumber number) implements ReservationOutcome {
    }

    /** Nothing could be reserved. */
    record Rejected(RejectionReason reason, String detail) implements ReservationOutcome {
    }
}
