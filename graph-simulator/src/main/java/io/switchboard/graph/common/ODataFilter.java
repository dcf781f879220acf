package io.switchboard.graph.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The small part of OData {@code $filter} that Graph supports on the simulated resources:
 * {@code eq}, {@code ne}, {@code startswith(p,'x')}, {@code p in ('a','b')}, {@code and}, {@code or},
 * {@code not} and parentheses. String comparison is case-insensitive, as in the directory.
 */
public final class ODataFilter {

    /** A parsed filter, tested against one entity through a property accessor. */
    public interface Condition {
        boolean test(Function<String, Object> properties);
    }

    private final List<String> tokens;
    private final Map<String, String> allowed;
    private final String resource;
    private int pos;

    private ODataFilter(String text, Map<String, String> allowed, String resource) {
        this.tokens = tokenize(text);
        this.allowed = allowed;
        this.resource = resource;
    }

    /**
     * Parses a filter.
     *
     * @param allowed  lower-case property name to canonical name, for the properties that may be filtered
     * @param resource entity name for error messages, e.g. "User"
     */
    public static Condition parse(String text, Map<String, String> allowed, String resource) {
        if (text == null || text.isBlank()) {
            return p -> true;
        }
        ODataFilter parser = new ODataFilter(text, allowed, resource);
        Condition condition = parser.or();
        if (parser.pos != parser.tokens.size()) {
            throw invalid("Syntax error at position " + parser.pos + " in '" + text + "'.");
        }
        return condition;
    }

    private Condition or() {
        Condition left = and();
        while (peekKeyword("or")) {
            pos++;
            Condition a = left;
            Condition b = and();
            left = p -> a.test(p) || b.test(p);
        }
        return left;
    }

    private Condition and() {
        Condition left = unary();
        while (peekKeyword("and")) {
            pos++;
            Condition a = left;
            Condition b = unary();
            left = p -> a.test(p) && b.test(p);
        }
        return left;
    }

    private Condition unary() {
        if (peekKeyword("not")) {
            pos++;
            Condition inner = unary();
            return p -> !inner.test(p);
        }
        if ("(".equals(peek())) {
            pos++;
            Condition inner = or();
            expect(")");
            return inner;
        }
        String word = next();
        if (word.equalsIgnoreCase("startswith")) {
            expect("(");
            String property = property(next());
            expect(",");
            Object prefix = literal(next());
            expect(")");
            String lowerPrefix = String.valueOf(prefix).toLowerCase(Locale.ROOT);
            return p -> p.apply(property) instanceof String s && s.toLowerCase(Locale.ROOT).startsWith(lowerPrefix);
        }
        String property = property(word);
        String op = next().toLowerCase(Locale.ROOT);
        switch (op) {
            case "eq" -> {
                Object value = literal(next());
                return p -> same(p.apply(property), value);
            }
            case "ne" -> {
                Object value = literal(next());
                return p -> !same(p.apply(property), value);
            }
            case "in" -> {
                expect("(");
                List<Object> values = new ArrayList<>();
                values.add(literal(next()));
                while (",".equals(peek())) {
                    pos++;
                    values.add(literal(next()));
                }
                expect(")");
                return p -> values.stream().anyMatch(v -> same(p.apply(property), v));
            }
            default -> throw invalid("Unsupported or invalid query filter clause specified: operator '" + op + "' is not supported.");
        }
    }

    private String property(String name) {
        String canonical = allowed.get(name.toLowerCase(Locale.ROOT));
        if (canonical == null) {
            throw new GraphException(400, "Request_UnsupportedQuery",
                    "Unsupported or invalid query filter clause specified for property '" + name + "' of resource '" + resource + "'.");
        }
        return canonical;
    }

    private static boolean same(Object actual, Object expected) {
        if (actual instanceof String a && expected instanceof String e) {
            return a.equalsIgnoreCase(e);
        }
        return Objects.equals(actual, expected);
    }

    private static Object literal(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> {
                try {
                    yield Long.parseLong(token);
                } catch (NumberFormatException e) {
                    // Graph accepts unquoted GUIDs in some places; treat any other bare word as text.
                    yield token;
                }
            }
        };
    }

    private boolean peekKeyword(String keyword) {
        return pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(keyword);
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw invalid("Unexpected end of the $filter expression.");
        }
        return tokens.get(pos++);
    }

    private void expect(String token) {
        String actual = next();
        if (!actual.equals(token)) {
            throw invalid("Expected '" + token + "' but found '" + actual + "' in the $filter expression.");
        }
    }

    private static GraphException invalid(String message) {
        return new GraphException(400, "BadRequest", "Invalid filter clause: " + message);
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '\'') {
                int j = i + 1;
                StringBuilder sb = new StringBuilder("'");
                while (true) {
                    if (j >= text.length()) {
                        throw invalid("Unterminated string literal.");
                    }
                    if (text.charAt(j) == '\'') {
                        if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                            sb.append("''");
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    sb.append(text.charAt(j++));
                }
                out.add(sb.append('\'').toString());
                i = j + 1;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && "(),'".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            }
        }
        return out;
    }
}
