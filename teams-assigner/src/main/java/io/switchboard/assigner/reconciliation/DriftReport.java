package io.switchboard.assigner.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * The latest reconciliation of a tenant: when it ran, how many numbers Teams had assigned to users,
 * and what differed from Switchboard's belief (each finding was published as AssignmentObserved).
 */
public record DriftReport(String tenantId, Instant firstImportAt, Instant lastRunAt, Integer numbersAssignedInTeams,
                          List<Drift> findings) {
}
