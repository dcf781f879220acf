package io.switchboard.directory.licences;

/**
 * One entry of a user's {@code assignedPlans}: what the directory says about a service plan's state
 * (capabilityStatus Enabled, Warning, Suspended, Deleted, LockedOut).
 */
public record AssignedPlan(String servicePlanId, String service, String capabilityStatus) {
}
