package io.switchboard.rules.decisions;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.provisioning.CandidateRange;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.provisioning.Explanation;
import io.switchboard.events.provisioning.ProvisioningDecided;
import java.util.List;
import java.util.Objects;

/**
 * The content of a {@link ProvisioningDecided} event without the envelope, so deciding stays a pure
 * function and the caller chooses event id and time.
 *
 * @param numberType for ASSIGN the type of the first candidate, else {@code null}
 * @param candidates for ASSIGN the ranges to try in order, else empty
 */
public record Decision(DecisionAction action, NumberType numberType, List<CandidateRange> candidates, Explanation explanation) {

    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(explanation, "explanation");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        if (action == DecisionAction.ASSIGN && candidates.isEmpty()) {
            throw new IllegalArgumentException("an ASSIGN decision needs at least one candidate range");
        }
    }

    static Decision of(DecisionAction action, Explanation explanation) {
        return new Decision(action, null, List.of(), explanation);
    }

    /** The event to publish on {@code provisioning.decisions}; {@code meta} is normally {@code EventMeta.causedBy(change.meta())}. */
    public ProvisioningDecided toEvent(UserChanged change, EventMeta meta) {
        return new ProvisioningDecided(meta, change.user().id(), change.user().userPrincipalName(), change.changeType(),
                action, numberType, candidates, explanation);
    }
}
