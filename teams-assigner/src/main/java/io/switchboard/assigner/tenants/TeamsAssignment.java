package io.switchboard.assigner.tenants;

import io.switchboard.events.NumberType;

/** One telephone number as Teams reports it; {@code userId} is null when the number is not assigned to a user. */
public record TeamsAssignment(String phoneNumber, String userId, NumberType numberType, String locationId, String status) {

    public boolean assignedTo(String user) {
        return user != null && user.equals(userId);
    }

    public boolean assignedToAUser() {
        return userId != null && !userId.isBlank() && "userAssigned".equalsIgnoreCase(status);
    }
}
