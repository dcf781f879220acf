package io.switchboard.rules.syntax;

import java.util.Optional;

/**
 * A rule in readable syntax that cannot be read. The message reads like
 * "unknown attribute 'ofice' at line 1, column 1, did you mean 'office'?"; the parts are available
 * separately for a REST problem response.
 */
public class RuleSyntaxException extends IllegalArgumentException {

    private final String problem;
    private final int line;
    private final int column;
    private final String suggestion;

    public RuleSyntaxException(String problem, int line, int column, String suggestion) {
        super(problem + " at line " + line + ", column " + column
                + (suggestion == null ? "" : ", did you mean '" + suggestion + "'?"));
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.suggestion = suggestion;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }

    /** 1-based line of the offending token. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending token. */
    public int column() {
        return column;
    }

    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /** The offending line of {@code source} with a caret under the column, for a monospaced error display. */
    public String excerpt(String source) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        String text = line - 1 < lines.length ? lines[line - 1] : "";
        return text + "\n" + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
