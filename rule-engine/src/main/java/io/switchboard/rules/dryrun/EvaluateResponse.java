package io.switchboard.rules.dryrun;

import io.switchboard.events.NumberType;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.Explanation;
import io.switchboard.events.provisioning.RuleEvaluation;
import java.util.List;

/**
 * What the engine would decide, with the full explanation (never trimmed), and separately which
 * ranges the rules match for the user and why each rule did or did not match, whatever the decision.
 *
 * @param matchingRanges the ranges the user could draw from, in order
 * @param evaluations    every rule's verdict, in evaluation order
 */
public record EvaluateResponse(
        DirectoryUser user,
        LicenceView licences,
        UserChangeType changeType,
        boolean hasNumber,
        DecisionAction action,
        NumberType numberType,
        List<CandidateRange> candidates,
        Explanation explanation,
        List<CandidateRange> matchingRanges,
        List<RuleEvaluation> evaluations) {
}
