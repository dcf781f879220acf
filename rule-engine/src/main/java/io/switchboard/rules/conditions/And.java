package io.switchboard.rules.conditions;

import java.util.List;

/** Matches when every operand matches. Needs two or more operands: one operand is just that condition. */
public record And(List<Condition> operands) implements Condition {

    public And {
        operands = Operands.check("and", operands);
    }

    public static And of(Condition... operands) {
        return new And(List.of(operands));
    }
}
