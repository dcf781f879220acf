package io.switchboard.rules.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.switchboard.rest.problems.Problem.FieldError;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.messaging.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Creating, changing and deleting rules. Every change bumps the rule's version, is written to the
 * audit trail (who, when, before, after) in the same transaction, and bumps the tenant's rules
 * revision so every replica reloads its cached copy before the next decision.
 */
@ApplicationScoped
public class RuleService {

    private final Mutiny.SessionFactory sessions;
    private final RuleRepository rules;
    private final ObjectMapper mapper;

    public RuleService(Mutiny.SessionFactory sessions, RuleRepository rules, ObjectMapper mapper) {
        this.sessions = sessions;
        this.rules = rules;
        this.mapper = mapper;
    }

    public Uni<List<RuleView>> list(String tenantId) {
        return sessions.withSession(session -> rules.ofTenant(session, tenantId))
                .map(stored -> stored.stream().map(StoredRule::view).toList());
    }

    public Uni<RuleView> get(String tenantId, String ruleId) {
        return sessions.withSession(session -> existing(session, tenantId, ruleId)).map(StoredRule::view);
    }

    public Uni<RuleView> create(String tenantId, RuleRequest request, String actor) {
        String id = request == null || request.id() == null ? UUID.randomUUID().toString() : request.id();
        Rule rule = RuleValidation.toRule(tenantId, id, request, 1);
        RuleView after = RuleView.of(rule, Instant.now(), actor);
        return sessions.withTransaction(session -> rules.insert(session, rule, actor)
                .chain(inserted -> {
                    if (!inserted) {
                        throw ProblemException.conflict("a rule with id '" + id + "' exists already in tenant '" + tenantId
                                + "'; choose another id, or PUT to change that rule");
                    }
                    return rules.recordChange(session, tenantId, id, 1, "CREATED", actor, null, json(after));
                })
                .chain(() -> existing(session, tenantId, id)))
                .map(StoredRule::view);
    }

    public Uni<RuleView> replace(String tenantId, String ruleId, RuleRequest request, String actor) {
        if (request == null) {
            RuleValidation.toRule(tenantId, ruleId, null, 0); // throws the "no body" problem
        }
        if (request.id() != null && !request.id().equals(ruleId)) {
            throw ProblemException.invalid("the rule's id cannot change", List.of(new FieldError("/id",
                    "'" + request.id() + "' differs from the id in the path '" + ruleId + "'; leave it out or send the same")));
        }
        if (request.version() == null) {
            throw ProblemException.invalid("the change names no version", List.of(new FieldError("/version",
                    "required: the version of the rule your change is based on (from GET), so concurrent changes are not lost")));
        }
        return sessions.withTransaction(session -> existing(session, tenantId, ruleId).chain(current -> {
            long expected = request.version();
            requireVersion(current, expected);
            Rule changed = RuleValidation.toRule(tenantId, ruleId, request, expected + 1);
            return rules.update(session, changed, expected, actor).chain(updated -> {
                if (!updated) {
                    throw staleVersion(ruleId, expected, "changed by someone else meanwhile");
                }
                return rules.recordChange(session, tenantId, ruleId, changed.version(), "UPDATED", actor,
                        json(current.view()), json(RuleView.of(changed, Instant.now(), actor)));
            }).chain(() -> existing(session, tenantId, ruleId));
        })).map(StoredRule::view);
    }

    /** @param expectedVersion optional; when given the rule must still be at it */
    public Uni<Void> delete(String tenantId, String ruleId, Long expectedVersion, String actor) {
        return sessions.withTransaction(session -> existing(session, tenantId, ruleId).chain(current -> {
            long version = expectedVersion == null ? current.rule().version() : expectedVersion;
            requireVersion(current, version);
            return rules.delete(session, tenantId, ruleId, version).chain(deleted -> {
                if (!deleted) {
                    throw staleVersion(ruleId, version, "changed by someone else meanwhile");
                }
                return rules.recordChange(session, tenantId, ruleId, version + 1, "DELETED", actor, json(current.view()), null);
            });
        }));
    }

    public Uni<List<RuleChange>> history(String tenantId, String ruleId) {
        return sessions.withSession(session -> rules.history(session, tenantId, ruleId)).map(rows -> {
            if (rows.isEmpty()) {
                throw ProblemException.notFound("tenant '" + tenantId + "' has no rule '" + ruleId + "' and never had one");
            }
            return rows.stream().map(row -> new RuleChange(SqlValues.longValue(row[0]), (String) row[1], (String) row[2],
                    SqlValues.instant(row[3]), tree((String) row[4]), tree((String) row[5]))).toList();
        });
    }

    private Uni<StoredRule> existing(Mutiny.Session session, String tenantId, String ruleId) {
        return rules.find(session, tenantId, ruleId).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("tenant '" + tenantId + "' has no rule '" + ruleId + "'");
            }
            return found;
        });
    }

    private static void requireVersion(StoredRule current, long expected) {
        if (current.rule().version() != expected) {
            throw staleVersion(current.rule().id(), expected, "it is at version " + current.rule().version());
        }
    }

    private static ProblemException staleVersion(String ruleId, long expected, String why) {
        return ProblemException.conflict("rule '" + ruleId + "' is no longer at version " + expected + " (" + why
                + "); reload it, apply your change again and send the version you read");
    }

    private String json(RuleView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rule '" + view.id() + "' as JSON", e);
        }
    }

    private JsonNode tree(String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable rule history entry", e);
        }
    }
}
