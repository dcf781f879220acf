package io.switchboard.rules.policy;

/**
 * New lifecycle settings; an absent flag keeps its current value.
 *
 * @param version optional: when given, the settings must still be at that version (409 otherwise)
 */
public record PolicyRequest(Boolean allowDirectRoutingFallbackForCallingPlanUsers, Boolean automaticRenumberingOnMove,
        Long version) {
}
