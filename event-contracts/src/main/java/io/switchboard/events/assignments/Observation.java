package io.switchboard.events.assignments;

/** What reconciliation found in Teams that Switchboard did not do itself. */
public enum Observation {
    /** Assigned in Teams before Switchboard managed the tenant (first reconciliation). */
    PRE_EXISTING,
    /** Assigned in Teams outside Switchboard while it managed the tenant. */
    ASSIGNED_OUTSIDE,
    /** Removed in Teams outside Switchboard. */
    REMOVED_OUTSIDE
}
