package io.switchboard.events.provisioning;

/** One rule's verdict for one user: matched or not, and the readable reason. */
public record RuleEvaluation(String ruleId, String ruleName, String rangeId, boolean matched, String detail) {
}
