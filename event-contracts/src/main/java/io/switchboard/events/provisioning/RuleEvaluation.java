package io.switchboard.events.provisioning;

import java.util.Objects;
/** One rule's verdict for one user: matched or not, and the readable reason. */
public record RuleEvaluation(String ruleId, String ruleName, String rangeId, boolean matched, String detail) {

    public RuleEvaluation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(detail, "detail");
    }
}
