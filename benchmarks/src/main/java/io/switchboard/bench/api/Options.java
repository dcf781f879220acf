package io.switchboard.bench.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scenario settings from {@code --name value} arguments (e.g. {@code --users 100000}); every setting has a default. */
public final class Options {

    private final Map<String, String> values;

    public Options(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Options none() {
        return new Options(Map.of());
    }

    /** {@code --users 10000 --keep} gives users=10000, keep=true; anything else is refused. */
    public static Options parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got '" + arg + "'");
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                values.put(name, args.get(++i));
            } else {
                values.put(name, "true");
            }
        }
        return new Options(values);
    }

    public Options with(String name, Object value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(name, String.valueOf(value));
        return new Options(copy);
    }

    public int integer(String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", "").replace(",", ""));
    }

    public double decimal(String name, double fallback) {
        String value = values.get(name);
        return value == null ? fallback : Double.parseDouble(value);
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    public Map<String, String> asMap() {
        return values;
    }
}
