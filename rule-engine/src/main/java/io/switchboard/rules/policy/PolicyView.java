package io.switchboard.rules.policy;

import java.time.Instant;

/**
 * A tenant's lifecycle settings.
 *
 * @param allowDirectRoutingFallbackForCallingPlanUsers a Calling Plan user no Calling Plan rule matches may draw
 *        from matching Direct Routing / Operator Connect ranges (off by default)
 * @param automaticRenumberingOnMove a user with a number who moves gets a number from the ranges the rules now
 *        choose (off by default: the move is reported as "relocation suggested")
 * @param version 0 while the tenant uses the defaults
 */
public record PolicyView(boolean allowDirectRoutingFallbackForCallingPlanUsers, boolean automaticRenumberingOnMove,
        long version, Instant updatedAt, String updatedBy) {

    static PolicyView of(TenantPolicySettings settings) {
        return settings == null
                ? new PolicyView(false, false, 0, null, null)
                : new PolicyView(settings.allowDrFallback, settings.automaticRenumbering, settings.version,
                        settings.updatedAt, settings.updatedBy);
    }
}
