package io.switchboard.rules.syntax;

import io.switchboard.rules.conditions.Operator;
import io.switchboard.rules.conditions.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the operator of a comparison and its quoted values: {@code = "x"}, {@code in ("a", "b")}, {@code is not empty}. */
final class OperatorReader {

    /** Every operator spelling the parser accepts, for "did you mean". */
    private static final List<String> SPELLINGS = List.of("equals", "notEquals", "in", "starts with", "startsWith",
            "ends with", "endsWith", "contains", "matches", "is empty", "isEmpty", "is not empty", "isNotEmpty");

    private static final String OPERATOR_LIST = "=, !=, in, starts with, ends with, contains, matches, is empty, is not empty";

    record Operation(Operator operator, List<String> values, List<Token> valueTokens) {
    }

    private final Cursor cursor;
    private final Token attribute;

    OperatorReader(Cursor cursor, Token attribute) {
        this.cursor = cursor;
        this.attribute = attribute;
    }

    Operation read() {
        Token token = cursor.next();
        if (token.type() == TokenType.EQUALS) {
            return single(Operator.EQUALS, token);
        }
        if (token.type() == TokenType.NOT_EQUALS) {
            return single(Operator.NOT_EQUALS, token);
        }
        if (token.type() != TokenType.WORD) {
            throw new RuleSyntaxException("expected an operator after '" + attribute.text() + "' (" + OPERATOR_LIST
                    + "), found " + token.shown(), token.line(), token.column(), null);
        }
        return switch (token.text().toLowerCase(Locale.ROOT)) {
            case "equals" -> single(Operator.EQUALS, token);
            case "notequals" -> single(Operator.NOT_EQUALS, token);
            case "startswith" -> single(Operator.STARTS_WITH, token);
            case "endswith" -> single(Operator.ENDS_WITH, token);
            case "starts" -> single(Operator.STARTS_WITH, expectWord(token, "with"));
            case "ends" -> single(Operator.ENDS_WITH, expectWord(token, "with"));
            case "contains" -> single(Operator.CONTAINS, token);
            case "matches" -> single(Operator.MATCHES, token);
            case "in" -> list(token);
            case "isempty" -> none(Operator.IS_EMPTY);
            case "isnotempty" -> none(Operator.IS_NOT_EMPTY);
            case "is" -> emptiness(token);
            default -> throw new RuleSyntaxException("unknown operator '" + token.text() + "'", token.line(), token.column(),
                    Suggestions.closest(token.text(), SPELLINGS).orElse(null));
        };
    }

    private Operation emptiness(Token is) {
        boolean negated = cursor.peek().isWord("not");
        if (negated) {
            cursor.next();
        }
        expectWord(is, "empty");
        return none(negated ? Operator.IS_NOT_EMPTY : Operator.IS_EMPTY);
    }

    private Token expectWord(Token previous, String word) {
        Token token = cursor.next();
        if (!token.isWord(word)) {
            String suggestion = token.type() == TokenType.WORD
                    ? Suggestions.closest(token.text(), List.of(word)).orElse(null) : null;
            throw new RuleSyntaxException("expected '" + word + "' after '" + previous.text() + "', found " + token.shown(),
                    token.line(), token.column(), suggestion);
        }
        return token;
    }

    private static Operation none(Operator operator) {
        return new Operation(operator, List.of(), List.of());
    }

    private Operation single(Operator operator, Token operatorToken) {
        Token value = expectString(operatorToken);
        return new Operation(operator, List.of(value.text()), List.of(value));
    }

    private Operation list(Token in) {
        Token open = cursor.next();
        if (open.type() != TokenType.LEFT_PAREN) {
            throw new RuleSyntaxException("expected '(' after 'in', found " + open.shown()
                    + "; write the values as in (\"a\", \"b\")", open.line(), open.column(), null);
        }
        List<String> values = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        do {
            Token value = expectString(in);
            values.add(value.text());
            tokens.add(value);
        } while (consume(TokenType.COMMA));
        Token close = cursor.next();
        if (close.type() != TokenType.RIGHT_PAREN) {
            throw new RuleSyntaxException("expected ',' or ')' in the list of values, found " + close.shown(),
                    close.line(), close.column(), null);
        }
        return new Operation(Operator.IN, values, tokens);
    }

    private boolean consume(TokenType type) {
        if (cursor.peek().type() == type) {
            cursor.next();
            return true;
        }
        return false;
    }

    private Token expectString(Token after) {
        Token token = cursor.next();
        if (token.type() == TokenType.STRING) {
            return token;
        }
        String hint = token.type() == TokenType.WORD ? "; put text in double quotes: \"" + token.text() + "\"" : "";
        throw new RuleSyntaxException("expected a quoted value after '" + after.text() + "', found " + token.shown() + hint,
                token.line(), token.column(), null);
    }
}
