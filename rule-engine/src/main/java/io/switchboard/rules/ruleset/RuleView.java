package io.switchboard.rules.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.json.ConditionJson;
import io.switchboard.rules.syntax.RulePrinter;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored rule with its condition in both forms. */
public record RuleView(
        String id,
        String tenantId,
        String name,
        String rangeId,
        @Schema(implementation = Object.class) JsonNode condition,
        String expression,
        int priority,
        boolean enabled,
        long version,
        Instant updatedAt,
        String updatedBy) {

    public static RuleView of(Rule rule, Instant updatedAt, String updatedBy) {
        return new RuleView(rule.id(), rule.tenantId(), rule.name(), rule.rangeId(), ConditionJson.toJson(rule.condition()),
                RulePrinter.print(rule.condition()), rule.priority(), rule.enabled(), rule.version(), updatedAt, updatedBy);
    }
}
