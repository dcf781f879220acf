package io.switchboard.rules.decisions;

/**
 * A tenant's lifecycle settings. The defaults follow Callroute's behaviour in the seeds.
 *
 * @param allowDirectRoutingFallbackForCallingPlanUsers when no Calling Plan range rule matches a Calling
 *        Plan user, also offer matching Direct Routing / Operator Connect ranges (after the Calling Plan
 *        ones). Off by default: a Calling Plan user normally gets a Microsoft number.
 * @param automaticRenumberingOnMove when a user who has a number moves, assign a number from the ranges
 *        the rules now choose. Off by default: "their number will not automatically change" because
 *        there are legitimate reasons to keep it; the move is reported as a suggestion instead.
 */
public record TenantPolicy(boolean allowDirectRoutingFallbackForCallingPlanUsers, boolean automaticRenumberingOnMove) {

    public static final TenantPolicy DEFAULTS = new TenantPolicy(false, false);
}
