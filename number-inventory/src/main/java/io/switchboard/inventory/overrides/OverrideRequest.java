package io.switchboard.inventory.overrides;

/** An admin's choice for a user: a specific number, or "the next free number of range X". Exactly one is given. */
public record OverrideRequest(String phoneNumber, String rangeId) {
}
