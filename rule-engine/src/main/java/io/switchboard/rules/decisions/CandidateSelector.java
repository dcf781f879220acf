package io.switchboard.rules.decisions;

import io.switchboard.events.NumberType;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.RuleEvaluation;
import io.switchboard.rules.conditions.ConditionEvaluator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a tenant's rules for one voice-licensed user and orders the ranges the user may draw
 * from: the number types the licence calls for first (Calling Plan ranges for a Calling Plan user),
 * then rule priority (lower first), then the range's free count (more first). Every rule appears in
 * the evaluations, skipped ones with the reason.
 */
public final class CandidateSelector {

    /** The ranges to try, and the verdict of every rule in the order they were considered. */
    public record Selection(List<CandidateRange> candidates, List<RuleEvaluation> evaluations, boolean onlyFallback) {

        public Selection {
            candidates = List.copyOf(candidates);
            evaluations = List.copyOf(evaluations);
        }

        public boolean matched() {
            return !candidates.isEmpty();
        }
    }

    private static final Comparator<Rule> EVALUATION_ORDER = Comparator.comparingInt(Rule::priority).thenComparing(Rule::id);
    private static final int PRIMARY = 0;
    private static final int FALLBACK = 1;
    private static final int NOT_ELIGIBLE = -1;

    private record Match(Rule rule, RangeInfo range, int tier) {
    }

    private static final Comparator<Match> CANDIDATE_ORDER = Comparator.comparingInt(Match::tier)
            .thenComparingInt(match -> match.rule().priority())
            .thenComparing(Comparator.comparingLong((Match match) -> match.range().freeCount()).reversed())
            .thenComparing(match -> match.range().rangeId())
            .thenComparing(match -> match.rule().id());

    private CandidateSelector() {
    }

    public static Selection select(DirectoryUser user, LicenceView licences, List<Rule> rules,
            Map<String, RangeInfo> ranges, TenantPolicy policy) {
        List<Rule> ordered = inEvaluationOrder(rules);
        List<RuleEvaluation> evaluations = new ArrayList<>(ordered.size());
        List<Match> matches = new ArrayList<>();
        for (Rule rule : ordered) {
            RangeInfo range = ranges.get(rule.rangeId());
            String skipped = skipReason(rule, range, licences, policy);
            if (skipped != null) {
                evaluations.add(evaluation(rule, false, "skipped: " + skipped));
                continue;
            }
            // Every rule's reason goes into the decision, so it is written as text in one pass.
            StringBuilder reason = new StringBuilder(160);
            boolean matched = ConditionEvaluator.explainInto(rule.condition(), user, reason);
            String detail = (matched ? "matched: " : "no match: ") + reason;
            if (matched) {
                matches.add(new Match(rule, range, tier(range.numberType(), licences, policy)));
                if (range.freeCount() <= 0) {
                    detail += " (range '" + range.name() + "' had no free number when last reported; still a candidate)";
                }
            }
            evaluations.add(evaluation(rule, matched, detail));
        }
        matches.sort(CANDIDATE_ORDER);
        List<CandidateRange> candidates = new ArrayList<>();
        Set<String> seenRanges = new HashSet<>();
        for (Match match : matches) {
            if (seenRanges.add(match.range().rangeId())) {
                candidates.add(new CandidateRange(match.range().rangeId(), match.range().numberType(),
                        match.rule().priority(), match.rule().id()));
            }
        }
        boolean onlyFallback = !matches.isEmpty() && matches.get(0).tier() == FALLBACK;
        return new Selection(candidates, evaluations, onlyFallback);
    }

    /** Callers that keep their rules sorted (a repository ordering by priority, id) skip the copy and sort. */
    private static List<Rule> inEvaluationOrder(List<Rule> rules) {
        for (int i = 1; i < rules.size(); i++) {
            if (EVALUATION_ORDER.compare(rules.get(i - 1), rules.get(i)) > 0) {
                List<Rule> sorted = new ArrayList<>(rules);
                sorted.sort(EVALUATION_ORDER);
                return sorted;
            }
        }
        return rules;
    }

    private static String skipReason(Rule rule, RangeInfo range, LicenceView licences, TenantPolicy policy) {
        if (!rule.enabled()) {
            return "rule is disabled";
        }
        if (range == null) {
            return "range '" + rule.rangeId() + "' is unknown (no inventory.ranges record for it yet)";
        }
        if (!range.active()) {
            return "range '" + range.name() + "' is inactive";
        }
        if (tier(range.numberType(), licences, policy) == NOT_ELIGIBLE) {
            return "range '" + range.name() + "' holds " + range.numberType() + " numbers; " + eligibility(licences, policy);
        }
        return null;
    }

    /** The seeds' first question: does the user have a Microsoft Calling Plan? */
    static int tier(NumberType type, LicenceView licences, TenantPolicy policy) {
        if (!licences.callingPlan()) {
            return type == NumberType.CALLING_PLAN ? NOT_ELIGIBLE : PRIMARY;
        }
        if (type == NumberType.CALLING_PLAN) {
            return PRIMARY;
        }
        return policy.allowDirectRoutingFallbackForCallingPlanUsers() ? FALLBACK : NOT_ELIGIBLE;
    }

    static String eligibility(LicenceView licences, TenantPolicy policy) {
        if (!licences.callingPlan()) {
            return "a Teams Phone user without a Calling Plan draws from Direct Routing or Operator Connect ranges";
        }
        return policy.allowDirectRoutingFallbackForCallingPlanUsers()
                ? "a Calling Plan user draws from Calling Plan ranges, then Direct Routing or Operator Connect ranges"
                : "a Calling Plan user draws only from Calling Plan ranges (the tenant's Direct Routing fallback is off)";
    }

    private static RuleEvaluation evaluation(Rule rule, boolean matched, String detail) {
        return new RuleEvaluation(rule.id(), rule.name(), rule.rangeId(), matched, detail);
    }
}
