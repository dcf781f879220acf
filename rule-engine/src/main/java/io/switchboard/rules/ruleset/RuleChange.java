package io.switchboard.rules.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a rule's audit trail: the rule before and after the change (absent for a create / delete). */
public record RuleChange(
        long version,
        String action,
        String actor,
        Instant changedAt,
        @Schema(implementation = RuleView.class) JsonNode before,
        @Schema(implementation = RuleView.class) JsonNode after) {
}
