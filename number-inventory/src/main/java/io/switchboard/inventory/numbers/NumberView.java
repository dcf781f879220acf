package io.switchboard.inventory.numbers;

import io.switchboard.events.NumberType;
import java.time.Instant;

/** A number as the REST API shows it. */
public record NumberView(String phoneNumber, String rangeId, NumberState state, String userId, String reservationId,
                         NumberType numberType, String locationId, Instant quarantineUntil, String stateReason) {

    public static NumberView of(InventoryNumber n) {
        return new NumberView(n.e164(), n.rangeId(), n.state(), n.userId(), n.reservationId(), n.numberType(),
                n.locationId(), n.quarantineUntil(), n.stateReason());
    }
}
