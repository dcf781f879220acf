package io.switchboard.presence.identities;

/**
 * How the bridge chooses when several platform identities claim one Teams user, or one identity
 * matches several users. Either way the choice is a pure function of the data, never random, and
 * every loser is listed in the conflicts report.
 */
public enum ConflictPolicy {
    /**
     * The longest-standing claim wins: a user's first assigned number (their primary extension),
     * the user who held an address first. Ties fall back to {@link #LOWEST}.
     */
    PRIMARY,
    /** The lowest identity (numerically for digits, else alphabetically) and the lowest user id win. */
    LOWEST
}
