package io.switchboard.rules.users;

/** Whether a user holds a number, as far as the engine has heard. */
public enum Holding {
    /** Teams confirmed a number (or reconciliation found one). */
    ASSIGNED,
    /** The inventory reserved a number; Teams has not confirmed it yet. */
    PENDING,
    NONE;

    public boolean hasNumber() {
        return this != NONE;
    }
}
