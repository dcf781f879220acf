package io.switchboard.rules.conditions;

import java.util.List;

/** Matches when at least one operand matches. Needs two or more operands. */
public record Or(List<Condition> operands) implements Condition {

    public Or {
        operands = Operands.check("or", operands);
    }

    public static Or of(Condition... operands) {
        return new Or(List.of(operands));
    }
}
