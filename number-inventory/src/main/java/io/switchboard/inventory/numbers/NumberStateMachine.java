package io.switchboard.inventory.numbers;

import static io.switchboard.inventory.numbers.NumberState.ASSIGNED;
import static io.switchboard.inventory.numbers.NumberState.AVAILABLE;
import static io.switchboard.inventory.numbers.NumberState.BLOCKED;
import static io.switchboard.inventory.numbers.NumberState.CONFLICT;
import static io.switchboard.inventory.numbers.NumberState.QUARANTINED;
import static io.switchboard.inventory.numbers.NumberState.RELEASING;
import static io.switchboard.inventory.numbers.NumberState.RESERVED;
import static io.switchboard.inventory.numbers.NumberState.RETAINED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Every legal transition between number states. Anything not listed is refused, including a
 * transition to the same state: a repeated event must be recognised as such, not re-applied.
 */
public final class NumberStateMachine {

    private static final Map<NumberState, Set<NumberState>> LEGAL = new EnumMap<>(NumberState.class);

    static {
        // reserved by the saga or an override, adopted from Teams, or blocked
        LEGAL.put(AVAILABLE, EnumSet.of(RESERVED, ASSIGNED, BLOCKED));
        // assigned, freed after a final failure, taken by someone else in Teams, or released before assignment finished
        LEGAL.put(RESERVED, EnumSet.of(ASSIGNED, AVAILABLE, CONFLICT, RELEASING));
        // disabled user, released, removed in Teams (freed or quarantined), or claimed by another user in Teams
        LEGAL.put(ASSIGNED, EnumSet.of(RETAINED, RELEASING, AVAILABLE, QUARANTINED, CONFLICT));
        // re-enabled user, released, removed in Teams, or claimed by another user in Teams
        LEGAL.put(RETAINED, EnumSet.of(ASSIGNED, RELEASING, AVAILABLE, QUARANTINED, CONFLICT));
        // Teams confirmed the unassignment: back to the pool, directly or through quarantine
        LEGAL.put(RELEASING, EnumSet.of(AVAILABLE, QUARANTINED));
        // quarantine over, an admin takes it early (override), observed in use in Teams, or blocked
        LEGAL.put(QUARANTINED, EnumSet.of(AVAILABLE, RESERVED, ASSIGNED, BLOCKED));
        // only an unblock brings a blocked number back
        LEGAL.put(BLOCKED, EnumSet.of(AVAILABLE));
        // an admin resolves it (free or block), or Teams shows whose it is and it is adopted
        LEGAL.put(CONFLICT, EnumSet.of(AVAILABLE, BLOCKED, ASSIGNED));
    }

    private NumberStateMachine() {
    }

    public static boolean allows(NumberState from, NumberState to) {
        return LEGAL.get(from).contains(to);
    }

    /** The states reachable from {@code from} in one step. */
    public static Set<NumberState> next(NumberState from) {
        return EnumSet.copyOf(LEGAL.get(from));
    }

    /** Throws {@link IllegalTransitionException} unless {@code from → to} is legal. */
    public static void check(String e164, NumberState from, NumberState to) {
        if (!allows(from, to)) {
            throw new IllegalTransitionException(e164, from, to, next(from));
        }
    }
}
