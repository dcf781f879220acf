package io.switchboard.rules.conditions;

/**
 * A condition that cannot be built: wrong number of values, an invalid regular expression, an
 * empty 'and'. The message says what is wrong; the JSON reader and the parser add where.
 */
public class InvalidConditionException extends IllegalArgumentException {

    public InvalidConditionException(String message) {
        super(message);
    }
}
