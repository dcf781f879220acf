package io.switchboard.rules.decisions;

import io.switchboard.rules.conditions.Condition;
import java.util.Objects;

/**
 * A provisioning rule: users matching {@code condition} may draw numbers from {@code rangeId}.
 *
 * @param priority lower values are tried first (1 before 10); ties are broken by the range's free count
 * @param version  incremented on every change, so a decision can name the exact rule it used
 */
public record Rule(String id, String tenantId, String name, String rangeId, Condition condition, int priority,
        boolean enabled, long version) {

    public Rule {
        requireText(id, "id");
        requireText(tenantId, "tenantId");
        requireText(rangeId, "rangeId");
        Objects.requireNonNull(condition, "a rule needs a condition");
        name = name == null || name.isBlank() ? id : name;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a rule needs a non-blank " + field);
        }
    }

    public Rule withEnabled(boolean enabled) {
        return new Rule(id, tenantId, name, rangeId, condition, priority, enabled, version);
    }
}
