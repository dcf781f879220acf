package io.switchboard.inventory.numbers;

import io.switchboard.events.NumberType;
import java.time.Instant;
import java.util.List;

/**
 * One number as the inventory holds it, with the facts of its range that events need. The
 * {@code with*}/{@link #to} methods describe the next version; {@link NumberTransitions} checks
 * and writes it.
 *
 * @param candidates the ranges the reserving decision allowed, in order (to reserve the next one after a conflict)
 */
public record InventoryNumber(
        long id,
        String tenantId,
        String rangeId,
        String e164,
        NumberState state,
        String userId,
        String reservationId,
        String releaseId,
        String decisionId,
        List<String> candidates,
        Instant quarantineUntil,
        String stateReason,
        NumberType numberType,
        String locationId,
        int quarantineDays) {

    public InventoryNumber {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /**
     * The same number in {@code next}: a state without a user forgets the user and the reservation,
     * and only QUARANTINED keeps a quarantine end.
     */
    public InventoryNumber to(NumberState next, String reason) {
        boolean keepsUser = next.withUser();
        return new InventoryNumber(id, tenantId, rangeId, e164, next,
                keepsUser ? userId : null,
                keepsUser ? reservationId : null,
                keepsUser ? releaseId : null,
                keepsUser ? decisionId : null,
                keepsUser ? candidates : List.of(),
                next == NumberState.QUARANTINED ? quarantineUntil : null,
                reason, numberType, locationId, quarantineDays);
    }

    public InventoryNumber reservedFor(String user, String reservation, String decision, List<String> candidateRanges) {
        return new InventoryNumber(id, tenantId, rangeId, e164, state, user, reservation, null, decision,
                candidateRanges, quarantineUntil, stateReason, numberType, locationId, quarantineDays);
    }

    public InventoryNumber withUser(String user) {
        return new InventoryNumber(id, tenantId, rangeId, e164, state, user, reservationId, releaseId, decisionId,
                candidates, quarantineUntil, stateReason, numberType, locationId, quarantineDays);
    }

    public InventoryNumber withRelease(String release) {
        return new InventoryNumber(id, tenantId, rangeId, e164, state, userId, reservationId, release, decisionId,
                candidates, quarantineUntil, stateReason, numberType, locationId, quarantineDays);
    }

    public InventoryNumber quarantinedUntil(Instant until) {
        return new InventoryNumber(id, tenantId, rangeId, e164, state, userId, reservationId, releaseId, decisionId,
                candidates, until, stateReason, numberType, locationId, quarantineDays);
    }

    /** Where the number goes when it comes back to the pool: quarantine if its range has one. */
    public InventoryNumber freed(Instant now, String reason) {
        if (quarantineDays > 0) {
            return to(NumberState.QUARANTINED, reason).quarantinedUntil(now.plus(java.time.Duration.ofDays(quarantineDays)));
        }
        return to(NumberState.AVAILABLE, reason);
    }
}
