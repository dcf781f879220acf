package io.switchboard.events.reservations;

/** Why the inventory could not reserve a number. */
public enum RejectionReason {
    /** The decision named no candidate range, or none of them exists in the inventory. */
    NO_CANDIDATE_RANGE,
    /** Every candidate range is exhausted. */
    NO_FREE_NUMBER,
    /** The user already holds a number in this tenant; a second one is never given. */
    ALREADY_HOLDS_NUMBER
}
