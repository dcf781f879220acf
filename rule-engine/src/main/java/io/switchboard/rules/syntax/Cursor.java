package io.switchboard.rules.syntax;

import java.util.List;

/** Position in a token list; the last token is always END, so peeking never runs off the end. */
final class Cursor {

    private final List<Token> tokens;
    private int position;

    Cursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(position);
    }

    Token next() {
        Token token = tokens.get(position);
        if (token.type() != TokenType.END) {
            position++;
        }
        return token;
    }
}
