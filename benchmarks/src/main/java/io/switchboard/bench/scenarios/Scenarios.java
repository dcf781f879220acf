package io.switchboard.bench.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every scenario by name, in the order "all" runs them. */
public final class Scenarios {

    private static final Map<String, Scenario> ALL = new LinkedHashMap<>();

    static {
        List.<Scenario>of(new JoinerScenario(), new BulkScenario(), new PresenceScenario(),
                new ResourcesScenario(), new ContentionScenario(), new ThrottledScenario(), new SmokeScenario()).forEach(s -> ALL.put(s.name(), s));
    }

    private Scenarios() {
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    public static Map<String, Scenario> all() {
        return ALL;
    }

    public static List<Scenario> resolve(List<String> names) {
        List<Scenario> out = new ArrayList<>();
        for (String name : names) {
            if (name.equals("all")) {
                // bulk reports the resources of its run; smoke is for CI
                ALL.values().stream().filter(s -> !s.name().equals("smoke") && !s.name().equals("resources")).forEach(out::add);
            } else if (ALL.containsKey(name)) {
                out.add(ALL.get(name));
            } else {
                throw new IllegalArgumentException("unknown scenario '" + name + "'; known: all, " + String.join(", ", ALL.keySet()));
            }
        }
        return out;
    }
}
