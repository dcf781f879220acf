package io.switchboard.graph.faults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** A tenant's active fault rules with their counters and request budgets. */
public final class FaultStore {

    /** A rule with its compiled pattern and remaining hits. */
    record Active(FaultRule rule, Pattern pattern, AtomicInteger remaining) {
    }

    /** One fixed request window of a budget, per rule and app. */
    record Window(long startMillis, int count) {
    }

    private final List<Active> rules = new CopyOnWriteArrayList<>();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public void add(FaultRule rule) {
        rules.add(new Active(rule, Pattern.compile(rule.pathPattern()), new AtomicInteger(rule.count() == null ? -1 : rule.count())));
    }

    public List<FaultRule> rules() {
        return rules.stream().map(Active::rule).toList();
    }

    public boolean remove(String id) {
        windows.keySet().removeIf(k -> k.startsWith(id + "|"));
        return rules.removeIf(a -> a.rule().id().equals(id));
    }

    public void clear() {
        rules.clear();
        windows.clear();
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    List<Active> active() {
        return rules;
    }

    Map<String, Window> windows() {
        return windows;
    }
}
