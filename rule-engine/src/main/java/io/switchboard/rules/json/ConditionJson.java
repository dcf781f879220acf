package io.switchboard.rules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.rules.conditions.And;
import io.switchboard.rules.conditions.Comparison;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.conditions.Not;
import io.switchboard.rules.conditions.Operator;
import io.switchboard.rules.conditions.Or;
import java.util.List;

/**
 * The JSON form of a condition:
 *
 * <pre>
 * {"and": [ condition, condition, ... ]}          two or more operands
 * {"or":  [ condition, condition, ... ]}          two or more operands
 * {"not": condition}
 * {"attribute": "city", "op": "equals", "value": "London"}
 * {"attribute": "city", "op": "in", "values": ["London", "Leeds"]}
 * {"attribute": "department", "op": "isEmpty"}
 * {"attribute": "office", "op": "startsWith", "value": "Park", "caseSensitive": true, "trim": false}
 * </pre>
 *
 * Attributes are written with their canonical name and read by name or alias; {@code op} is one of
 * equals, notEquals, in, startsWith, endsWith, contains, matches, isEmpty, isNotEmpty.
 * {@code caseSensitive} (default false) and {@code trim} (default true) are written only when not
 * the default. Reading reports every problem with a JSON Pointer, see {@link ConditionJsonReader}.
 */
public final class ConditionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConditionJson() {
    }

    public static ObjectNode toJson(Condition condition) {
        if (condition instanceof Comparison comparison) {
            return comparison(comparison);
        }
        if (condition instanceof Not not) {
            ObjectNode node = NODES.objectNode();
            node.set("not", toJson(not.operand()));
            return node;
        }
        boolean isAnd = condition instanceof And;
        List<Condition> operands = isAnd ? ((And) condition).operands() : ((Or) condition).operands();
        ArrayNode array = NODES.arrayNode();
        operands.forEach(operand -> array.add(toJson(operand)));
        ObjectNode node = NODES.objectNode();
        node.set(isAnd ? "and" : "or", array);
        return node;
    }

    public static String write(Condition condition) {
        return toJson(condition).toString();
    }

    /** @throws ConditionValidationException listing every problem with its pointer */
    public static Condition fromJson(JsonNode node) {
        return ConditionJsonReader.read(node);
    }

    /** @throws ConditionValidationException also when the text is not JSON at all */
    public static Condition read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new ConditionValidationException(List.of(new ValidationError("",
                    "not valid JSON" + where + ": " + e.getOriginalMessage())));
        }
        return fromJson(node);
    }

    private static ObjectNode comparison(Comparison comparison) {
        ObjectNode node = NODES.objectNode();
        node.put("attribute", comparison.attribute().canonicalName());
        node.put("op", comparison.operator().jsonName());
        if (comparison.operator() == Operator.IN) {
            ArrayNode values = node.putArray("values");
            comparison.values().forEach(values::add);
        } else if (comparison.operator().arity() == Operator.Arity.ONE) {
            node.put("value", comparison.value());
        }
        if (comparison.caseSensitive()) {
            node.put("caseSensitive", true);
        }
        if (!comparison.trim()) {
            node.put("trim", false);
        }
        return node;
    }
}
