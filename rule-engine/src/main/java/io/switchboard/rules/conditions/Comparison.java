package io.switchboard.rules.conditions;

import java.util.List;
import java.util.Objects;

/**
 * Tests one attribute of the user. By default text is compared ignoring case and with surrounding
 * whitespace removed on both sides, because directory data typed by people is rarely consistent
 * ("London", "LONDON ", "london").
 *
 * @param values        the operand(s); none for isEmpty / isNotEmpty, one or more for in, else one
 * @param caseSensitive compare exactly as written instead of ignoring case
 * @param trim          strip surrounding whitespace of the user's value and of the rule's values first
 */
public record Comparison(Attribute attribute, Operator operator, List<String> values, boolean caseSensitive, boolean trim)
        implements Condition {

    public Comparison {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidConditionException("'" + operator.jsonName() + "' has a missing (null) value");
        }
        values = List.copyOf(values);
        if (!operator.arity().accepts(values.size())) {
            throw new InvalidConditionException("'" + operator.jsonName() + "' takes " + operator.arity().describe()
                    + ", got " + values.size());
        }
        if (operator == Operator.MATCHES) {
            Regexes.compile(values.get(0), caseSensitive);
        }
    }

    /** A comparison with the defaults: case-insensitive, trimmed. */
    public static Comparison of(Attribute attribute, Operator operator, String... values) {
        return new Comparison(attribute, operator, List.of(values), false, true);
    }

    public Comparison withCaseSensitive(boolean caseSensitive) {
        return new Comparison(attribute, operator, values, caseSensitive, trim);
    }

    public Comparison withTrim(boolean trim) {
        return new Comparison(attribute, operator, values, caseSensitive, trim);
    }

    /** The single operand of a one-value operator. */
    public String value() {
        return values.get(0);
    }
}
