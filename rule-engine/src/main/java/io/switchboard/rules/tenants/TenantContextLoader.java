package io.switchboard.rules.tenants;

import io.smallrye.mutiny.Uni;
import io.switchboard.rules.decisions.RangeInfo;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.policy.PolicyService;
import io.switchboard.rules.ranges.KnownRangeRepository;
import io.switchboard.rules.ruleset.RuleRepository;
import io.switchboard.rules.ruleset.StoredRule;
import io.switchboard.messaging.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Loads a tenant's rules, ranges and policy for a decision. Parsing 1,000 rules from JSON for every
 * user change would cost more than deciding, so rules and ranges are kept in memory per tenant and
 * reloaded when the tenant's revision counters (bumped in the same transaction as every change, by
 * any replica) have moved. The check is one primary-key query, so every replica sees a change with
 * its next decision; there is no invalidation message to lose.
 */
@ApplicationScoped
public class TenantContextLoader {

    private record Cached<T>(long revision, T value) {
    }

    private final RuleRepository rules;
    private final KnownRangeRepository ranges;
    private final PolicyService policies;
    private final Map<String, Cached<List<Rule>>> rulesByTenant = new ConcurrentHashMap<>();
    private final Map<String, Cached<Map<String, RangeInfo>>> rangesByTenant = new ConcurrentHashMap<>();

    public TenantContextLoader(RuleRepository rules, KnownRangeRepository ranges, PolicyService policies) {
        this.rules = rules;
        this.ranges = ranges;
        this.policies = policies;
    }

    /** Runs inside the caller's session; the queries run one after another, as a session requires. */
    public Uni<TenantContext> load(Mutiny.Session session, String tenantId) {
        return revisions(session, tenantId).chain(revisions -> rules(session, tenantId, revisions[0])
                .chain(ruleList -> ranges(session, tenantId, revisions[1])
                        .chain(rangeMap -> policies.policy(session, tenantId)
                                .map(policy -> new TenantContext(ruleList, rangeMap, policy)))));
    }

    private Uni<long[]> revisions(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("select rules_revision, ranges_revision from tenant_revision where tenant_id = :tenant",
                        Object[].class)
                .setParameter("tenant", tenantId)
                .getResultList()
                .map(rows -> rows.isEmpty() ? new long[] {0, 0}
                        : new long[] {SqlValues.longValue(rows.get(0)[0]), SqlValues.longValue(rows.get(0)[1])});
    }

    // The revision is read before the content: a copy can be newer than its label (reloaded once
    // more next time), never older.
    private Uni<List<Rule>> rules(Mutiny.Session session, String tenantId, long revision) {
        Cached<List<Rule>> cached = rulesByTenant.get(tenantId);
        if (cached != null && cached.revision() == revision) {
            return Uni.createFrom().item(cached.value());
        }
        return rules.ofTenant(session, tenantId)
                .map(stored -> stored.stream().map(StoredRule::rule).toList())
                .invoke(loaded -> rulesByTenant.put(tenantId, new Cached<>(revision, loaded)));
    }

    private Uni<Map<String, RangeInfo>> ranges(Mutiny.Session session, String tenantId, long revision) {
        Cached<Map<String, RangeInfo>> cached = rangesByTenant.get(tenantId);
        if (cached != null && cached.revision() == revision) {
            return Uni.createFrom().item(cached.value());
        }
        return ranges.ofTenant(session, tenantId)
                .invoke(loaded -> rangesByTenant.put(tenantId, new Cached<>(revision, loaded)));
    }
}
