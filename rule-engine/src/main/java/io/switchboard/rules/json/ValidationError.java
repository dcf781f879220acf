package io.switchboard.rules.json;

/**
 * One problem in a JSON condition.
 *
 * @param pointer JSON Pointer (RFC 6901) to the offending part, e.g. {@code /and/1/op}; empty for the whole document
 * @param message what is wrong and what to do
 */
public record ValidationError(String pointer, String message) {

    /** E.g. "/and/1/op: unknown operator 'eqals', did you mean 'equals'?"; the whole document shows as "/". */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
