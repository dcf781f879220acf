package io.switchboard.rules.ruleset;

import io.switchboard.rest.problems.Problem.FieldError;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.decisions.Rule;
import io.switchboard.rules.json.ConditionJson;
import io.switchboard.rules.json.ConditionValidationException;
import io.switchboard.rules.json.ValidationError;
import io.switchboard.rules.syntax.RuleParser;
import io.switchboard.rules.syntax.RulePrinter;
import io.switchboard.rules.syntax.RuleSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a {@link RuleRequest} into a {@link Rule}, collecting every problem with a pointer into the
 * request body: JSON condition problems as {@code /condition/and/1/op}, readable-syntax problems
 * under {@code /expression} with line, column and a did-you-mean. Plain Java, so it is unit-tested.
 */
public final class RuleValidation {

    public static final int DEFAULT_PRIORITY = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_NAME = 200;

    private RuleValidation() {
    }

    /**
     * @param id      the rule's id (from the path, the body or generated)
     * @param version the version the valid rule gets
     * @throws ProblemException 422 listing every problem
     */
    public static Rule toRule(String tenantId, String id, RuleRequest request, long version) {
        List<FieldError> errors = new ArrayList<>();
        String excerpt = null;
        if (request == null) {
            throw ProblemException.invalid("the request has no body; send a rule as JSON",
                    List.of(new FieldError("", "expected {\"rangeId\": \"...\", \"expression\": \"...\"}")));
        }
        if ("evaluate".equals(id)) {
            errors.add(new FieldError("/id", "'evaluate' is reserved for the dry run (POST .../rules/evaluate); choose another id"));
        } else if (id == null || !ID.matcher(id).matches()) {
            errors.add(new FieldError("/id", "'" + id + "' is not a valid rule id: 1 to 64 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit"));
        }
        if (request.rangeId() == null || request.rangeId().isBlank()) {
            errors.add(new FieldError("/rangeId", "required: the id of the number range matching users draw from"));
        }
        if (request.name() != null && request.name().length() > MAX_NAME) {
            errors.add(new FieldError("/name", "at most " + MAX_NAME + " characters, got " + request.name().length()));
        }
        if (request.priority() != null && request.priority() < 0) {
            errors.add(new FieldError("/priority", "must be 0 or more (lower is tried first), got " + request.priority()));
        }
        Condition fromJson = null;
        Condition fromExpression = null;
        boolean hasJson = request.condition() != null && !request.condition().isNull();
        boolean hasExpression = request.expression() != null;
        if (!hasJson && !hasExpression) {
            errors.add(new FieldError("/condition", "required: give the condition as JSON in 'condition' or in readable"
                    + " syntax in 'expression', e.g. office = \"Park Lane\" AND city = \"London\""));
        }
        if (hasJson) {
            try {
                fromJson = ConditionJson.fromJson(request.condition());
            } catch (ConditionValidationException e) {
                for (ValidationError error : e.errors()) {
                    errors.add(new FieldError("/condition" + error.pointer(), error.message()));
                }
            }
        }
        if (hasExpression) {
            try {
                fromExpression = RuleParser.parse(request.expression());
            } catch (RuleSyntaxException e) {
                errors.add(new FieldError("/expression", e.getMessage()));
                excerpt = e.excerpt(request.expression());
            }
        }
        if (fromJson != null && fromExpression != null && !fromJson.equals(fromExpression)) {
            errors.add(new FieldError("/expression", "'condition' and 'expression' describe different conditions ('condition' reads "
                    + RulePrinter.print(fromJson) + "); send only one of them"));
        }
        if (!errors.isEmpty()) {
            String detail = "the rule is not valid: " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                    + (excerpt == null ? "" : "; in the expression:\n" + excerpt);
            throw ProblemException.invalid(detail, errors);
        }
        Condition condition = fromJson != null ? fromJson : fromExpression;
        int priority = request.priority() == null ? DEFAULT_PRIORITY : request.priority();
        boolean enabled = request.enabled() == null || request.enabled();
        return new Rule(id, tenantId, request.name(), request.rangeId().strip(), condition, priority, enabled, version);
    }
}
