package io.switchboard.rules.ruleset;

import io.switchboard.rules.decisions.Rule;
import java.time.Instant;

/** A rule as read from the database, with who changed it last and when. */
public record StoredRule(Rule rule, Instant updatedAt, String updatedBy) {

    public RuleView view() {
        return RuleView.of(rule, updatedAt, updatedBy);
    }
}
