package io.switchboard.assigner.reconciliation;

import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.Observation;

/** One difference between Teams and what Switchboard believes, as reconciliation reports it. */
public record Drift(Observation observation, String phoneNumber, String userId, NumberType numberType, String locationId) {
}
