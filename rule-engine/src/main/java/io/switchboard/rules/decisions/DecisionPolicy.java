package io.switchboard.rules.decisions;

import io.switchboard.events.directory.DeletionKind;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.Explanation;
import io.switchboard.rules.conditions.Attribute;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides what should happen to a user's number after a directory change, following the lifecycle
 * of the seeds: no Teams Phone, no number; a new or newly licensed user gets one from the ranges
 * whose rules match; a mover keeps theirs (reported as a candidate for an admin move); a disabled
 * user's number is retained, restored when the account is enabled again; deleting or de-licensing
 * releases it. A pure function: the same inputs always give the same decision.
 */
public final class DecisionPolicy {

    static final String NOT_VOICE_LICENSED = "not voice-licensed: the user has no Teams Phone licence, so no number";

    /**
     * @param rules          the tenant's rules (disabled ones included, they are reported as skipped)
     * @param knownRanges    ranges by id, from the latest {@code inventory.ranges} records
     * @param userHasNumber  whether the engine believes the user has (or is being given) a number
     */
    public Decision decide(UserChanged change, List<Rule> rules, Map<String, RangeInfo> knownRanges, TenantPolicy policy,
            boolean userHasNumber) {
        requireSameTenant(change, rules);
        return switch (change.changeType()) {
            case DELETED -> release(change.deletion() == DeletionKind.SOFT
                    ? "user deleted (soft delete, restorable for 30 days): number released to the pool; a restored user gets a new one"
                    : "user deleted: number released to the pool", userHasNumber);
            case UNLICENSED -> release("Teams Phone licence removed: number released to the pool", userHasNumber);
            case DISABLED -> Decision.of(DecisionAction.RETAIN, Explanation.of(
                    "account disabled: number retained, not recycled, so it can be restored if the user returns"));
            case ENABLED -> enabled(change, rules, knownRanges, policy, userHasNumber);
            case MOVED -> moved(change, rules, knownRanges, policy, userHasNumber);
            case JOINED, LICENSED, UPDATED -> assignIfNeeded(change, rules, knownRanges, policy, userHasNumber);
        };
    }

    private static Decision release(String summary, boolean userHasNumber) {
        // Released even when the engine knows of no number: the inventory is the authority on
        // numbers, and a release of nothing is harmless while a missed release leaks a number.
        String note = userHasNumber ? "" : " (the engine knows of no number; the inventory releases whatever it holds)";
        return Decision.of(DecisionAction.RELEASE, Explanation.of(summary + note));
    }

    private Decision enabled(UserChanged change, List<Rule> rules, Map<String, RangeInfo> ranges, TenantPolicy policy,
            boolean userHasNumber) {
        if (!change.licences().teamsPhone()) {
            return none(NOT_VOICE_LICENSED + " to restore");
        }
        if (userHasNumber) {
            return Decision.of(DecisionAction.RESTORE, Explanation.of("account enabled again: retained number restored"));
        }
        return assign(change, rules, ranges, policy, "account enabled, no number yet");
    }

    private Decision moved(UserChanged change, List<Rule> rules, Map<String, RangeInfo> ranges, TenantPolicy policy,
            boolean userHasNumber) {
        if (!userHasNumber) {
            return assignIfNeeded(change, rules, ranges, policy, false);
        }
        String move = "user moved (" + describeMove(change) + ")";
        if (!change.licences().teamsPhone()) {
            return none(move + "; " + NOT_VOICE_LICENSED);
        }
        CandidateSelector.Selection selection = CandidateSelector.select(change.user(), change.licences(), rules, ranges, policy);
        if (policy.automaticRenumberingOnMove() && selection.matched()) {
            return assignment(selection, move + "; automatic renumbering is on, so a new number replaces the current one",
                    change, policy);
        }
        String target = selection.matched()
                ? "rules now point to range '" + selection.candidates().get(0).rangeId() + "'"
                : "no rule matches the new attributes";
        String why = policy.automaticRenumberingOnMove()
                ? "number unchanged" : "number unchanged because automatic renumbering is off";
        return new Decision(DecisionAction.NONE, null, List.of(),
                new Explanation("relocation suggested: " + move + "; " + why + "; " + target, selection.evaluations()));
    }

    private Decision assignIfNeeded(UserChanged change, List<Rule> rules, Map<String, RangeInfo> ranges, TenantPolicy policy,
            boolean userHasNumber) {
        if (!change.licences().teamsPhone()) {
            return none(NOT_VOICE_LICENSED);
        }
        if (userHasNumber) {
            return none("user already has a number; rules only choose numbers for users without one");
        }
        return assign(change, rules, ranges, policy, describeTrigger(change));
    }

    private Decision assign(UserChanged change, List<Rule> rules, Map<String, RangeInfo> ranges, TenantPolicy policy,
            String context) {
        DirectoryUser user = change.user();
        if (Boolean.FALSE.equals(user.accountEnabled())) {
            return none(context + "; account is disabled, a number is assigned once it is enabled");
        }
        CandidateSelector.Selection selection = CandidateSelector.select(user, change.licences(), rules, ranges, policy);
        if (!selection.matched()) {
            return new Decision(DecisionAction.NONE, null, List.of(), new Explanation(context + "; no rule matched ("
                    + CandidateSelector.eligibility(change.licences(), policy) + "); see each rule's reason",
                    selection.evaluations()));
        }
        return assignment(selection, context, change, policy);
    }

    private static Decision assignment(CandidateSelector.Selection selection, String context, UserChanged change,
            TenantPolicy policy) {
        CandidateRange first = selection.candidates().get(0);
        int further = selection.candidates().size() - 1;
        StringBuilder summary = new StringBuilder(context).append("; rule '").append(first.ruleId())
                .append("' (priority ").append(first.priority()).append(") matched: assign from range '")
                .append(first.rangeId()).append("' (").append(first.numberType()).append(')');
        if (further > 0) {
            summary.append(", then ").append(further).append(further == 1 ? " further candidate range" : " further candidate ranges");
        }
        if (selection.onlyFallback()) {
            summary.append("; no Calling Plan range matched, so Direct Routing / Operator Connect ranges (tenant fallback)");
        }
        summary.append("; ").append(CandidateSelector.eligibility(change.licences(), policy));
        return new Decision(DecisionAction.ASSIGN, first.numberType(), selection.candidates(),
                new Explanation(summary.toString(), selection.evaluations()));
    }

    private static Decision none(String summary) {
        return Decision.of(DecisionAction.NONE, Explanation.of(summary));
    }

    private static String describeTrigger(UserChanged change) {
        return switch (change.changeType()) {
            case JOINED -> "user joined";
            case LICENSED -> "Teams Phone licence added";
            case MOVED -> "user moved (" + describeMove(change) + "), no number yet";
            default -> "user updated, no number yet";
        };
    }

    private static String describeMove(UserChanged change) {
        if (change.changedFields().isEmpty()) {
            return "location changed";
        }
        return change.changedFields().stream()
                .map(field -> field + " '" + nullToEmpty(change.previousValues().get(field)) + "' -> '"
                        + nullToEmpty(currentValue(change.user(), field)) + "'")
                .collect(Collectors.joining(", "));
    }

    private static String currentValue(DirectoryUser user, String field) {
        return Attribute.fromName(field).map(a -> a.valueOf(user)).orElse(null);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void requireSameTenant(UserChanged change, List<Rule> rules) {
        String tenant = change.meta().tenantId();
        for (Rule rule : rules) {
            if (!tenant.equals(rule.tenantId())) {
                throw new IllegalArgumentException("rule '" + rule.id() + "' belongs to tenant '" + rule.tenantId()
                        + "', not to the change's tenant '" + tenant + "'; pass only that tenant's rules");
            }
        }
    }
}
