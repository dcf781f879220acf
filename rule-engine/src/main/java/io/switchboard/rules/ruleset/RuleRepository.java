package io.switchboard.rules.ruleset;

import io.smallrye.mutiny.Uni;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.json.ConditionJson;
import io.switchboard.messaging.sql.SqlValues;
import io.switchboard.rules.syntax.RulePrinter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Rules, their audit trail and the tenant's rules revision (bumped with every change). */
@ApplicationScoped
public class RuleRepository {

    private static final String COLUMNS = """
            id, tenant_id, name, range_id, cast(condition as text), priority, enabled, version, updated_at, updated_by""";

    /** In evaluation order (priority, then id), as the decision policy wants them. */
    public Uni<List<StoredRule>> ofTenant(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("select " + COLUMNS + " from rule where tenant_id = :tenant order by priority, id",
                        Object[].class)
                .setParameter("tenant", tenantId)
                .getResultList()
                .map(rows -> rows.stream().map(RuleRepository::stored).toList());
    }

    public Uni<StoredRule> find(Mutiny.Session session, String tenantId, String ruleId) {
        return session.createNativeQuery("select " + COLUMNS + " from rule where tenant_id = :tenant and id = :id", Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("id", ruleId)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : stored(rows.get(0)));
    }

    /** Emits false when a rule with that id exists already. */
    public Uni<Boolean> insert(Mutiny.Session session, Rule rule, String actor) {
        return session.createNativeQuery("""
                        insert into rule (tenant_id, id, name, range_id, condition, expression, priority, enabled, version, updated_by)
                        values (:tenant, :id, :name, :range, cast(cast(:condition as text) as jsonb), :expression, :priority, :enabled, :version, :actor)
                        on conflict (tenant_id, id) do nothing""")
                .setParameter("tenant", rule.tenantId()).setParameter("id", rule.id()).setParameter("name", rule.name())
                .setParameter("range", rule.rangeId()).setParameter("condition", ConditionJson.write(rule.condition()))
                .setParameter("expression", RulePrinter.print(rule.condition())).setParameter("priority", rule.priority())
                .setParameter("enabled", rule.enabled()).setParameter("version", rule.version()).setParameter("actor", actor)
                .executeUpdate()
                .map(count -> count == 1);
    }

    /** Replaces the rule only if it is still at {@code expectedVersion}; emits false otherwise. */
    public Uni<Boolean> update(Mutiny.Session session, Rule rule, long expectedVersion, String actor) {
        return session.createNativeQuery("""
                        update rule set name = :name, range_id = :range, condition = cast(cast(:condition as text) as jsonb),
                               expression = :expression, priority = :priority, enabled = :enabled, version = :version,
                               updated_at = now(), updated_by = :actor
                        where tenant_id = :tenant and id = :id and version = :expected""")
                .setParameter("tenant", rule.tenantId()).setParameter("id", rule.id()).setParameter("name", rule.name())
                .setParameter("range", rule.rangeId()).setParameter("condition", ConditionJson.write(rule.condition()))
                .setParameter("expression", RulePrinter.print(rule.condition())).setParameter("priority", rule.priority())
                .setParameter("enabled", rule.enabled()).setParameter("version", rule.version()).setParameter("actor", actor)
                .setParameter("expected", expectedVersion)
                .executeUpdate()
                .map(count -> count == 1);
    }

    public Uni<Boolean> delete(Mutiny.Session session, String tenantId, String ruleId, long expectedVersion) {
        return session.createNativeQuery("delete from rule where tenant_id = :tenant and id = :id and version = :expected")
                .setParameter("tenant", tenantId).setParameter("id", ruleId).setParameter("expected", expectedVersion)
                .executeUpdate()
                .map(count -> count == 1);
    }

    public Uni<Void> recordChange(Mutiny.Session session, String tenantId, String ruleId, long version, String action,
            String actor, String beforeJson, String afterJson) {
        return session.createNativeQuery("""
                        insert into rule_history (tenant_id, rule_id, version, action, actor, before, after)
                        values (:tenant, :rule, :version, :action, :actor, cast(cast(:before as text) as jsonb), cast(cast(:after as text) as jsonb))""")
                .setParameter("tenant", tenantId).setParameter("rule", ruleId).setParameter("version", version)
                .setParameter("action", action).setParameter("actor", actor)
                .setParameter("before", beforeJson).setParameter("after", afterJson)
                .executeUpdate()
                .chain(() -> bumpRevision(session, tenantId));
    }

    /** Newest first: {version, action, actor, changed_at, before, after} with the JSON as text. */
    public Uni<List<Object[]>> history(Mutiny.Session session, String tenantId, String ruleId) {
        return session.createNativeQuery("""
                        select version, action, actor, changed_at, cast(before as text), cast(after as text)
                        from rule_history where tenant_id = :tenant and rule_id = :rule order by seq desc""", Object[].class)
                .setParameter("tenant", tenantId).setParameter("rule", ruleId)
                .getResultList();
    }

    /** Every replica compares this number with its cached copy of the tenant's rules. */
    private static Uni<Void> bumpRevision(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("""
                        insert into tenant_revision (tenant_id, rules_revision) values (:tenant, 1)
                        on conflict (tenant_id) do update set rules_revision = tenant_revision.rules_revision + 1""")
                .setParameter("tenant", tenantId)
                .executeUpdate()
                .replaceWithVoid();
    }

    private static StoredRule stored(Object[] row) {
        Rule rule = new Rule((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                ConditionJson.read((String) row[4]), SqlValues.intValue(row[5]), SqlValues.bool(row[6]),
                SqlValues.longValue(row[7]));
        return new StoredRule(rule, SqlValues.instant(row[8]), (String) row[9]);
    }
}
