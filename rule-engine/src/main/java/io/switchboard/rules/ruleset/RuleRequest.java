package io.switchboard.rules.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule as an admin sends it. The condition comes either as JSON ({@code condition}) or in the
 * readable syntax ({@code expression}); when both are sent they must describe the same condition.
 *
 * @param id       optional on create (generated when absent); ignored on update (the path names the rule)
 * @param priority lower first; default 100
 * @param enabled  default true
 * @param version  on update: the version the change is based on (optimistic concurrency)
 */
public record RuleRequest(
        String id,
        String name,
        String rangeId,
        @Schema(description = "the condition in JSON form, e.g. {\"attribute\": \"city\", \"op\": \"equals\", \"value\": \"London\"}",
                implementation = Object.class)
        JsonNode condition,
        @Schema(description = "the condition in readable syntax, e.g. office = \"Park Lane\" AND city = \"London\"")
        String expression,
        Integer priority,
        Boolean enabled,
        Long version) {
}
