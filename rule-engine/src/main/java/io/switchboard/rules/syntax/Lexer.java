package io.switchboard.rules.syntax;

import java.util.ArrayList;
import java.util.List;

/** Splits readable rule text into tokens, tracking line and column for error messages. */
final class Lexer {

    private final String source;
    private int offset;
    private int line = 1;
    private int column = 1;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) {
        return new Lexer(source).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (offset >= source.length()) {
                tokens.add(new Token(TokenType.END, "", line, column));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int startLine = line;
        int startColumn = column;
        char c = source.charAt(offset);
        if (c == '"' || c == '\'') {
            return new Token(TokenType.STRING, readString(c), startLine, startColumn);
        }
        if (Character.isLetter(c) || c == '_') {
            int start = offset;
            while (offset < source.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
                advance();
            }
            return new Token(TokenType.WORD, source.substring(start, offset), startLine, startColumn);
        }
        if (c == '=') {
            advance();
            if (peek() == '=') {
                advance();
            }
            return new Token(TokenType.EQUALS, "=", startLine, startColumn);
        }
        if ((c == '!' && peekAt(1) == '=') || (c == '<' && peekAt(1) == '>')) {
            advance();
            advance();
            return new Token(TokenType.NOT_EQUALS, "!=", startLine, startColumn);
        }
        advance();
        return switch (c) {
            case '(' -> new Token(TokenType.LEFT_PAREN, "(", startLine, startColumn);
            case ')' -> new Token(TokenType.RIGHT_PAREN, ")", startLine, startColumn);
            case ',' -> new Token(TokenType.COMMA, ",", startLine, startColumn);
            default -> throw new RuleSyntaxException("unexpected character '" + c + "'" + hintFor(c), startLine, startColumn, null);
        };
    }

    private static String hintFor(char c) {
        return switch (c) {
            case '&', '|' -> "; combine conditions with AND / OR";
            case '!' -> "; negate with NOT, or compare with !=";
            default -> "; text values go in double quotes";
        };
    }

    private String readString(char quote) {
        int startLine = line;
        int startColumn = column;
        advance();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (offset >= source.length()) {
                throw new RuleSyntaxException("unterminated text starting with " + quote + "; close it with " + quote,
                        startLine, startColumn, null);
            }
            char c = peek();
            if (c == quote) {
                advance();
                return value.toString();
            }
            if (c == '\\') {
                value.append(readEscape());
            } else {
                value.append(c);
                advance();
            }
        }
    }

    private char readEscape() {
        int escapeLine = line;
        int escapeColumn = column;
        advance();
        if (offset >= source.length()) {
            throw new RuleSyntaxException("unterminated text: a backslash at the end", escapeLine, escapeColumn, null);
        }
        char c = peek();
        advance();
        switch (c) {
            case '"', '\'', '\\':
                return c;
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'u':
                return readUnicodeEscape(escapeLine, escapeColumn);
            default:
                throw new RuleSyntaxException("unknown escape '\\" + c + "'; use \\\" \\' \\\\ \\n \\t \\r or \\uXXXX,"
                        + " and write a backslash itself as \\\\", escapeLine, escapeColumn, null);
        }
    }

    private char readUnicodeEscape(int escapeLine, int escapeColumn) {
        if (offset + 4 > source.length()) {
            throw new RuleSyntaxException("incomplete escape: \\u needs four hex digits", escapeLine, escapeColumn, null);
        }
        String hex = source.substring(offset, offset + 4);
        for (int i = 0; i < 4; i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                throw new RuleSyntaxException("invalid escape '\\u" + hex + "': \\u needs four hex digits",
                        escapeLine, escapeColumn, null);
            }
        }
        for (int i = 0; i < 4; i++) {
            advance();
        }
        return (char) Integer.parseInt(hex, 16);
    }

    private void skipWhitespace() {
        while (offset < source.length() && Character.isWhitespace(peek())) {
            advance();
        }
    }

    private char peek() {
        return peekAt(0);
    }

    private char peekAt(int ahead) {
        int at = offset + ahead;
        return at < source.length() ? source.charAt(at) : '\0';
    }

    /** Consumes one character; "\r\n", "\r" and "\n" each end a line. */
    private void advance() {
        char c = source.charAt(offset++);
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
            column = 1;
        } else {
            column++;
        }
    }
}
