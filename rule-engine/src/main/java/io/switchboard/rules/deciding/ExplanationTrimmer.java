package io.switchboard.rules.deciding;

import io.switchboard.events.provisioning.Explanation;
import io.switchboard.events.provisioning.RuleEvaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps published decisions small. With 1,000 rules the full explanation is about 200 KB per record;
 * what a reader needs is every rule that matched and a sample of why others did not. So an event
 * carries every matching evaluation plus the first {@code maxUnmatched} others (in evaluation order),
 * and the summary says how many were left out. The dry run answers the full list.
 */
public final class ExplanationTrimmer {

    private ExplanationTrimmer() {
    }

    public static Explanation trim(Explanation full, int maxUnmatched) {
        int unmatched = 0;
        for (RuleEvaluation evaluation : full.evaluations()) {
            if (!evaluation.matched()) {
                unmatched++;
            }
        }
        int omitted = unmatched - Math.max(0, maxUnmatched);
        if (omitted <= 0) {
            return full;
        }
        List<RuleEvaluation> kept = new ArrayList<>(full.evaluations().size() - omitted);
        int keptUnmatched = 0;
        for (RuleEvaluation evaluation : full.evaluations()) {
            if (evaluation.matched()) {
                kept.add(evaluation);
            } else if (keptUnmatched < maxUnmatched) {
                kept.add(evaluation);
                keptUnmatched++;
            }
        }
        String summary = full.summary() + "; " + omitted + (omitted == 1 ? " further rule" : " further rules")
                + " that did not match or were skipped omitted from this event (every matching rule is listed;"
                + " the dry run POST .../rules/evaluate lists all)";
        return new Explanation(summary, kept);
    }
}
