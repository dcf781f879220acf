package io.switchboard.rules.conditions;

import java.util.List;
import java.util.Objects;

/** Shared invariant of {@link And} and {@link Or}. */
final class Operands {

    static final int MINIMUM = 2;

    private Operands() {
    }

    static List<Condition> check(String kind, List<Condition> operands) {
        if (operands == null || operands.size() < MINIMUM) {
            int count = operands == null ? 0 : operands.size();
            throw new InvalidConditionException("'" + kind + "' needs at least " + MINIMUM + " conditions, got " + count
                    + "; with a single condition, write that condition without '" + kind + "'");
        }
        if (operands.stream().anyMatch(Objects::isNull)) {
            throw new InvalidConditionException("'" + kind + "' has an empty (null) condition");
        }
        return List.copyOf(operands);
    }
}
