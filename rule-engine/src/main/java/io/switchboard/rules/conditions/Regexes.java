package io.switchboard.rules.conditions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiled patterns of 'matches' comparisons. Compiling is far dearer than matching, and the same
 * few rules are evaluated for every user change, so patterns are cached by text and flags.
 */
public final class Regexes {

    /** Rules are few; the bound only protects against dry runs with ever new patterns. */
    private static final int MAX_CACHED = 10_000;
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Regexes() {
    }

    /** Compiles or fetches a pattern, failing with a readable {@link InvalidConditionException}. */
    public static Pattern compile(String regex, boolean caseSensitive) {
        String key = (caseSensitive ? "s:" : "i:") + regex;
        Pattern cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Pattern pattern = compileUncached(regex, caseSensitive);
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(key, pattern);
        return pattern;
    }

    private static Pattern compileUncached(String regex, boolean caseSensitive) {
        try {
            return Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            String where = e.getIndex() >= 0 ? " at index " + e.getIndex() : "";
            throw new InvalidConditionException("invalid regular expression '" + regex + "': " + e.getDescription()
                    + where + "; check brackets and escape special characters with a backslash");
        }
    }
}
