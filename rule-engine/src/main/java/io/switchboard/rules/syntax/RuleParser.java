package io.switchboard.rules.syntax;

import io.switchboard.rules.conditions.And;
import io.switchboard.rules.conditions.Attribute;
import io.switchboard.rules.conditions.Comparison;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.conditions.InvalidConditionException;
import io.switchboard.rules.conditions.Not;
import io.switchboard.rules.conditions.Or;
import io.switchboard.rules.conditions.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of the readable rule syntax:
 *
 * <pre>
 * rule       := or END
 * or         := and ("OR" and)*
 * and        := unary ("AND" unary)*
 * unary      := "NOT" unary | "(" or ")" | comparison
 * comparison := attribute operator modifier*
 * modifier   := "case" "sensitive" | "case" "insensitive" | "untrimmed" | "exact"
 * </pre>
 *
 * Keywords are case-insensitive. Operators are read by {@link OperatorReader}.
 */
public final class RuleParser {

    private static final List<String> CONNECTIVES = List.of("AND", "OR");

    private final Cursor cursor;

    private RuleParser(String source) {
        this.cursor = new Cursor(Lexer.tokenize(source));
    }

    /**
     * Parses a condition.
     *
     * @throws RuleSyntaxException with line, column and where possible a suggestion
     */
    public static Condition parse(String source) {
        if (source == null || source.isBlank()) {
            throw new RuleSyntaxException("empty rule; write a condition such as office = \"Park Lane\"", 1, 1, null);
        }
        RuleParser parser = new RuleParser(source);
        Condition condition = parser.or();
        Token rest = parser.cursor.peek();
        if (rest.type() != TokenType.END) {
            throw parser.unexpectedAfterCondition(rest, "AND, OR or the end of the rule");
        }
        return condition;
    }

    private Condition or() {
        List<Condition> operands = new ArrayList<>();
        operands.add(and());
        while (cursor.peek().isWord("OR")) {
            cursor.next();
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Or(operands);
    }

    private Condition and() {
        List<Condition> operands = new ArrayList<>();
        operands.add(unary());
        while (cursor.peek().isWord("AND")) {
            cursor.next();
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.get(0) : new And(operands);
    }

    private Condition unary() {
        Token token = cursor.peek();
        if (token.isWord("NOT")) {
            cursor.next();
            return new Not(unary());
        }
        if (token.type() == TokenType.LEFT_PAREN) {
            cursor.next();
            Condition inner = or();
            Token closing = cursor.peek();
            if (closing.type() != TokenType.RIGHT_PAREN) {
                if (closing.type() == TokenType.END) {
                    throw new RuleSyntaxException("missing ')': the '(' of line " + token.line() + ", column " + token.column()
                            + " is never closed", closing.line(), closing.column(), null);
                }
                throw unexpectedAfterCondition(closing, "AND, OR or ')'");
            }
            cursor.next();
            return inner;
        }
        return comparison();
    }

    private Condition comparison() {
        Token name = cursor.next();
        if (name.type() != TokenType.WORD || CONNECTIVES.contains(name.text().toUpperCase(Locale.ROOT))) {
            throw new RuleSyntaxException("expected a condition such as city = \"London\", found " + name.shown(),
                    name.line(), name.column(), null);
        }
        Attribute attribute = Attribute.fromName(name.text()).orElseThrow(() -> new RuleSyntaxException(
                "unknown attribute '" + name.text() + "'", name.line(), name.column(),
                Attribute.suggest(name.text()).orElse(null)));
        OperatorReader.Operation operation = new OperatorReader(cursor, name).read();
        boolean caseSensitive = false;
        boolean trim = true;
        while (true) {
            Token modifier = cursor.peek();
            if (modifier.isWord("exact")) {
                caseSensitive = true;
                trim = false;
            } else if (modifier.isWord("untrimmed")) {
                trim = false;
            } else if (modifier.isWord("case")) {
                cursor.next();
                caseSensitive = readSensitivity();
                continue;
            } else {
                break;
            }
            cursor.next();
        }
        try {
            return new Comparison(attribute, operation.operator(), operation.values(), caseSensitive, trim);
        } catch (InvalidConditionException e) {
            Token at = operation.valueTokens().isEmpty() ? name : operation.valueTokens().get(0);
            throw new RuleSyntaxException(e.getMessage(), at.line(), at.column(), null);
        }
    }

    private boolean readSensitivity() {
        Token word = cursor.next();
        if (word.isWord("sensitive")) {
            return true;
        }
        if (word.isWord("insensitive")) {
            return false;
        }
        String suggestion = word.type() == TokenType.WORD
                ? Suggestions.closest(word.text(), List.of("sensitive", "insensitive")).orElse(null) : null;
        throw new RuleSyntaxException("expected 'sensitive' or 'insensitive' after 'case', found " + word.shown(),
                word.line(), word.column(), suggestion);
    }

    private RuntimeException unexpectedAfterCondition(Token token, String expected) {
        if (token.type() == TokenType.RIGHT_PAREN) {
            return new RuleSyntaxException("unmatched ')'", token.line(), token.column(), null);
        }
        String suggestion = token.type() == TokenType.WORD
                ? Suggestions.closest(token.text(), List.of("AND", "OR", "exact", "untrimmed", "case sensitive")).orElse(null)
                : null;
        return new RuleSyntaxException("unexpected " + token.shown() + ", expected " + expected,
                token.line(), token.column(), suggestion);
    }
}
