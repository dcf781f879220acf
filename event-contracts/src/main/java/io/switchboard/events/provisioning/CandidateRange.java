package io.switchboard.events.provisioning;

import io.switchboard.events.NumberType;

/** A range the user may draw from, in the order the inventory must try them. */
public record CandidateRange(String rangeId, NumberType numberType, int priority, String ruleId) {
}
