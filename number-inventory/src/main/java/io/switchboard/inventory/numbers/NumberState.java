package io.switchboard.inventory.numbers;

import java.util.EnumSet;
import java.util.Set;

/** The life of one number in the inventory. */
public enum NumberState {
    /** Free to be reserved. */
    AVAILABLE,
    /** Set aside for a user; the assigner is assigning it in Teams. */
    RESERVED,
    /** Assigned to the user in Teams. */
    ASSIGNED,
    /** The user is disabled; the number stays theirs and is not recycled. */
    RETAINED,
    /** Being unassigned in Teams; free once Teams confirms. */
    RELEASING,
    /** Recently released; free again when the range's quarantine period ends. */
    QUARANTINED,
    /** Taken out of circulation by an admin. */
    BLOCKED,
    /** Teams says someone else uses it; an admin has to look. */
    CONFLICT;

    /** States in which the number belongs to a user (the database allows one per user and tenant). */
    public static final Set<NumberState> HELD = EnumSet.of(RESERVED, ASSIGNED, RETAINED);

    /** States in which a number row names a user. */
    public static final Set<NumberState> WITH_USER = EnumSet.of(RESERVED, ASSIGNED, RETAINED, RELEASING);

    public boolean held() {
        return HELD.contains(this);
    }

    public boolean withUser() {
        return WITH_USER.contains(this);
    }
}
