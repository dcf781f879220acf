package io.switchboard.events.provisioning;

import io.switchboard.events.NumberType;
import java.util.Objects;

/** A range the user may draw from, in the order the inventory must try them. */
public record CandidateRange(String rangeId, NumberType numberType, int priority, String ruleId) {

    public CandidateRange {
        Objects.requireNonNull(rangeId, "rangeId");
        Objects.requireNonNull(numberType, "numberType");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
