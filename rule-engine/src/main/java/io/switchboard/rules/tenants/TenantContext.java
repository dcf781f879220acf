package io.switchboard.rules.tenants;

import io.switchboard.rules.decisions.RangeInfo;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.decisions.TenantPolicy;
import java.util.List;
import java.util.Map;

/** Everything a decision for one tenant needs besides the user: rules (evaluation order), known ranges, policy. */
public record TenantContext(List<Rule> rules, Map<String, RangeInfo> ranges, TenantPolicy policy) {
}
