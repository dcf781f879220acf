package io.switchboard.inventory.numbers;

import java.util.Set;

/** A state change the number's life cycle does not allow; the message says what would be allowed. */
public class IllegalTransitionException extends RuntimeException {

    private final NumberState from;
    private final NumberState to;

    public IllegalTransitionException(String e164, NumberState from, NumberState to, Set<NumberState> allowed) {
        super("number " + e164 + " cannot go from " + from + " to " + to
                + (allowed.isEmpty() ? "" : "; from " + from + " it can only go to " + allowed));
        this.from = from;
        this.to = to;
    }

    public NumberState from() {
        return from;
    }

    public NumberState to() {
        return to;
    }
}
