package io.switchboard.events.provisioning;

import io.switchboard.events.EventMeta;
import io.switchboard.events.NumberType;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.directory.UserChangeType;
import java.util.List;
import java.util.Objects;

/**
 * The rule-engine's decision for one user change, always with its explanation.
 *
 * @param trigger           the directory change that led to the decision
 * @param candidates        for ASSIGN: ranges to try, in order; empty otherwise
 * @param numberType        for ASSIGN: the preferred number type; otherwise {@code null}
 * @param userPrincipalName for audit trails and messages
 */
public record ProvisioningDecided(
        EventMeta meta,
        String userId,
        String userPrincipalName,
        UserChangeType trigger,
        DecisionAction action,
        NumberType numberType,
        List<CandidateRange> candidates,
        Explanation explanation) implements SwitchboardEvent {

    public ProvisioningDecided {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(explanation, "explanation");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    @Override
    public String subject() {
        return userId;
    }
}
