package io.switchboard.rules.conditions;

import java.util.Objects;

/** Matches when its operand does not. */
public record Not(Condition operand) implements Condition {

    public Not {
        Objects.requireNonNull(operand, "a 'not' needs a condition to negate");
    }
}
