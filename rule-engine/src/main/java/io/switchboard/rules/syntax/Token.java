package io.switchboard.rules.syntax;

/**
 * One token with where it starts (line and column from 1).
 *
 * @param text the word as written, or a string literal's decoded value
 */
record Token(TokenType type, String text, int line, int column) {

    boolean isWord(String keyword) {
        return type == TokenType.WORD && text.equalsIgnoreCase(keyword);
    }

    /** How the token reads in an error message. */
    String shown() {
        return switch (type) {
            case END -> "the end of the rule";
            case STRING -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
