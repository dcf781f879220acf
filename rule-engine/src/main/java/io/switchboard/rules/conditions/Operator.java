package io.switchboard.rules.conditions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a comparison tests an attribute. {@link #jsonName()} is the name in the JSON form,
 * {@link #readable()} the canonical words of the readable syntax.
 */
public enum Operator {
    EQUALS("equals", "=", Arity.ONE),
    NOT_EQUALS("notEquals", "!=", Arity.ONE),
    IN("in", "in", Arity.AT_LEAST_ONE),
    STARTS_WITH("startsWith", "starts with", Arity.ONE),
    ENDS_WITH("endsWith", "ends with", Arity.ONE),
    CONTAINS("contains", "contains", Arity.ONE),
    /** The whole (trimmed) value must match the regular expression, as {@link java.util.regex.Matcher#matches()}. */
    MATCHES("matches", "matches", Arity.ONE),
    /** No value, or (when trimming) only whitespace. */
    IS_EMPTY("isEmpty", "is empty", Arity.NONE),
    IS_NOT_EMPTY("isNotEmpty", "is not empty", Arity.NONE);

    /** How many values an operator takes. */
    public enum Arity {
        NONE, ONE, AT_LEAST_ONE;

        public boolean accepts(int count) {
            return switch (this) {
                case NONE -> count == 0;
                case ONE -> count == 1;
                case AT_LEAST_ONE -> count >= 1;
            };
        }

        public String describe() {
            return switch (this) {
                case NONE -> "no value";
                case ONE -> "exactly one value";
                case AT_LEAST_ONE -> "at least one value";
            };
        }
    }

    private final String jsonName;
    private final String readable;
    private final Arity arity;

    Operator(String jsonName, String readable, Arity arity) {
        this.jsonName = jsonName;
        this.readable = readable;
        this.arity = arity;
    }

    public String jsonName() {
        return jsonName;
    }

    public String readable() {
        return readable;
    }

    public Arity arity() {
        return arity;
    }

    /** Accepts the JSON name, the readable words or the symbol, ignoring case: "startsWith", "starts with", "=". */
    public static Optional<Operator> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().replaceAll("\\s+", " ");
        return Arrays.stream(values())
                .filter(op -> op.jsonName.equalsIgnoreCase(wanted) || op.readable.equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static Optional<String> suggest(String misspelt) {
        return Suggestions.closest(misspelt, jsonNames());
    }

    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(Operator::jsonName).toList();
    }
}
