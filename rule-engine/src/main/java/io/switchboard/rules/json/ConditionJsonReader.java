package io.switchboard.rules.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.rules.conditions.And;
import io.switchboard.rules.conditions.Attribute;
import io.switchboard.rules.conditions.Comparison;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.conditions.InvalidConditionException;
import io.switchboard.rules.conditions.Not;
import io.switchboard.rules.conditions.Operator;
import io.switchboard.rules.conditions.Or;
import io.switchboard.rules.conditions.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the JSON form and collects every problem, each with a JSON Pointer to the offending part
 * ("/and/1/op: unknown operator 'eqals', did you mean 'equals'?"), so an admin can fix a rule in one go.
 */
final class ConditionJsonReader {

    private static final Set<String> CONNECTIVES = Set.of("and", "or", "not");
    private static final List<String> COMPARISON_FIELDS = List.of("attribute", "op", "value", "values", "caseSensitive", "trim");
    private static final List<String> ALL_FIELDS = List.of("and", "or", "not", "attribute", "op", "value", "values",
            "caseSensitive", "trim");

    private final List<ValidationError> errors = new ArrayList<>();

    private ConditionJsonReader() {
    }

    static Condition read(JsonNode node) {
        ConditionJsonReader reader = new ConditionJsonReader();
        Optional<Condition> condition = reader.condition(node, "");
        if (!reader.errors.isEmpty() || condition.isEmpty()) {
            throw new ConditionValidationException(reader.errors);
        }
        return condition.get();
    }

    private Optional<Condition> condition(JsonNode node, String path) {
        if (node == null || node.isMissingNode() || !node.isObject()) {
            return fail(path, "expected a condition object such as {\"attribute\": \"city\", \"op\": \"equals\", "
                    + "\"value\": \"London\"}, found " + describe(node));
        }
        List<String> connectives = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (CONNECTIVES.contains(name)) {
                connectives.add(name);
            }
        });
        if (connectives.size() > 1) {
            return fail(path, "a condition has one of 'and', 'or', 'not', found " + String.join(" and ", connectives)
                    + "; nest one inside the other");
        }
        if (connectives.size() == 1) {
            return connective(node, path, connectives.get(0));
        }
        if (node.has("attribute") || node.has("op")) {
            return comparison(node, path);
        }
        if (node.isEmpty()) {
            return fail(path, "empty condition; expected 'and', 'or', 'not' or 'attribute'");
        }
        reportUnknownFields(node, path, ALL_FIELDS, List.of());
        return fail(path, "not a condition: expected 'and', 'or', 'not' or 'attribute'");
    }

    private Optional<Condition> connective(JsonNode node, String path, String kind) {
        reportUnknownFields(node, path, List.of(kind), List.of(kind));
        JsonNode operandsNode = node.get(kind);
        String operandsPath = path + "/" + kind;
        if (kind.equals("not")) {
            return condition(operandsNode, operandsPath).map(Not::new);
        }
        if (!operandsNode.isArray()) {
            return fail(operandsPath, "'" + kind + "' takes an array of conditions, found " + describe(operandsNode));
        }
        List<Condition> operands = new ArrayList<>();
        for (int i = 0; i < operandsNode.size(); i++) {
            condition(operandsNode.get(i), operandsPath + "/" + i).ifPresent(operands::add);
        }
        if (operands.size() < operandsNode.size()) {
            return Optional.empty();
        }
        return build(operandsPath, () -> kind.equals("and") ? new And(operands) : new Or(operands));
    }

    private Optional<Condition> comparison(JsonNode node, String path) {
        reportUnknownFields(node, path, COMPARISON_FIELDS, List.of());
        Optional<Attribute> attribute = text(node, path, "attribute").flatMap(name -> {
            Optional<Attribute> found = Attribute.fromName(name);
            if (found.isEmpty()) {
                fail(path + "/attribute", unknown("attribute", name, Attribute.suggest(name), canonicalAttributeNames()));
            }
            return found;
        });
        Optional<Operator> operator = text(node, path, "op").flatMap(name -> {
            Optional<Operator> found = Operator.fromName(name);
            if (found.isEmpty()) {
                fail(path + "/op", unknown("operator", name, Operator.suggest(name), Operator.jsonNames()));
            }
            return found;
        });
        boolean caseSensitive = flag(node, path, "caseSensitive", false);
        boolean trim = flag(node, path, "trim", true);
        if (operator.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> values = values(node, path, operator.get());
        if (attribute.isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        String valuePath = path + (operator.get() == Operator.IN ? "/values" : "/value");
        return build(valuePath, () -> new Comparison(attribute.get(), operator.get(), values.get(), caseSensitive, trim));
    }

    private Optional<List<String>> values(JsonNode node, String path, Operator operator) {
        String op = operator.jsonName();
        switch (operator.arity()) {
            case NONE -> {
                if (node.has("value") || node.has("values")) {
                    String field = node.has("value") ? "value" : "values";
                    return fail(path + "/" + field, "'" + op + "' takes no value; remove '" + field + "'");
                }
                return Optional.of(List.of());
            }
            case ONE -> {
                if (node.has("values")) {
                    return fail(path + "/values", "'" + op + "' takes a single \"value\": \"...\", not 'values'");
                }
                return text(node, path, "value").map(List::of);
            }
            default -> {
                if (node.has("value")) {
                    return fail(path + "/value", "'" + op + "' takes \"values\": [\"...\", ...], not 'value'");
                }
                return stringArray(node, path + "/values");
            }
        }
    }

    private Optional<List<String>> stringArray(JsonNode node, String path) {
        JsonNode array = node.get("values");
        if (array == null) {
            return fail(path, "missing 'values'");
        }
        if (!array.isArray()) {
            return fail(path, "expected an array of texts, found " + describe(array));
        }
        List<String> values = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isTextual()) {
                values.add(array.get(i).asText());
            } else {
                valid = false;
                fail(path + "/" + i, "expected a text, found " + describe(array.get(i)));
            }
        }
        return valid ? Optional.of(values) : Optional.empty();
    }

    private Optional<String> text(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fail(path, "missing '" + field + "'");
        }
        if (!value.isTextual()) {
            return fail(path + "/" + field, "expected a text, found " + describe(value));
        }
        return Optional.of(value.asText());
    }

    private boolean flag(JsonNode node, String path, String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            fail(path + "/" + field, "expected true or false, found " + describe(value));
            return fallback;
        }
        return value.asBoolean();
    }

    private void reportUnknownFields(JsonNode node, String path, List<String> allowed, List<String> alone) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (allowed.contains(name)) {
                continue;
            }
            if (!alone.isEmpty()) {
                fail(path + "/" + escape(name), "unexpected field '" + name + "' beside '" + alone.get(0)
                        + "'; a condition with '" + alone.get(0) + "' has no other field");
            } else {
                fail(path + "/" + escape(name), unknown("field", name, Suggestions.closest(name, allowed), allowed));
            }
        }
    }

    private <T> Optional<T> build(String path, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (InvalidConditionException e) {
            return fail(path, e.getMessage());
        }
    }

    private <T> Optional<T> fail(String path, String message) {
        errors.add(new ValidationError(path, message));
        return Optional.empty();
    }

    /** With a plausible suggestion that is the fix; otherwise the admin needs the whole list. */
    private static String unknown(String kind, String name, Optional<String> suggestion, List<String> known) {
        return suggestion.map(s -> "unknown " + kind + " '" + name + "', did you mean '" + s + "'?")
                .orElseGet(() -> "unknown " + kind + " '" + name + "'; expected one of " + String.join(", ", known));
    }

    private static List<String> canonicalAttributeNames() {
        return Arrays.stream(Attribute.values()).map(Attribute::canonicalName).toList();
    }

    /** RFC 6901: '~' and '/' inside a name are written as ~0 and ~1. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return node.isNull() ? "null" : node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(node.toString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
