package io.switchboard.inventory.csv;

import io.switchboard.inventory.numbers.NumberState;
import java.time.Instant;

/**
 * One line of a numbers import: the state an admin declares a number to be in.
 *
 * @param rangeId         the range the number must belong to, or {@code null} to not check it
 * @param quarantineUntil the end of a QUARANTINED number's quarantine, or {@code null} for the range's default
 * @param reason          why, as the audit trail and the number's state reason show it; may be {@code null}
 */
public record NumberRow(String phoneNumber, String rangeId, NumberState state, String userId, Instant quarantineUntil,
                        String reason) {
}
