package io.switchboard.rules.syntax;

/** Kinds of token in the readable rule syntax. Keywords are WORDs; the parser reads them case-insensitively. */
enum TokenType {
    WORD,
    STRING,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    /** {@code =} or {@code ==} */
    EQUALS,
    /** {@code !=} or {@code <>} */
    NOT_EQUALS,
    END
}
