package io.switchboard.events.provisioning;

/** What the rule-engine decided the inventory should do for a user. */
public enum DecisionAction {
    /** Give the user a number from the first candidate range that has a free one. */
    ASSIGN,
    /** Take the user's number back (unassign in Teams, then pool or quarantine). */
    RELEASE,
    /** Keep the number for the user, do not recycle it (disabled account). */
    RETAIN,
    /** Return a retained number to active use (account enabled again). */
    RESTORE,
    /** Change nothing; the explanation says why. */
    NONE
}
