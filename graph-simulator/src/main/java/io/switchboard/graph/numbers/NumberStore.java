package io.switchboard.graph.numbers;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A tenant's telephone numbers (ordered by number) and its number operations. */
public final class NumberStore {

    private final NavigableMap<String, TeamsNumber> numbers = new ConcurrentSkipListMap<>();
    private final Map<String, NumberOperation> operations = new ConcurrentHashMap<>();

    public static String key(String telephoneNumber) {
        String trimmed = telephoneNumber.trim();
        return trimmed.startsWith("+") ? trimmed : "+" + trimmed;
    }

    public Optional<TeamsNumber> find(String telephoneNumber) {
        return Optional.ofNullable(numbers.get(key(telephoneNumber)));
    }

    public void put(TeamsNumber number) {
        numbers.put(key(number.telephoneNumber()), number);
    }

    public void remove(String telephoneNumber) {
        numbers.remove(key(telephoneNumber));
    }

    public NavigableMap<String, TeamsNumber> numbers() {
        return numbers;
    }

    public void put(NumberOperation operation) {
        operations.put(operation.id(), operation);
    }

    public Optional<NumberOperation> operation(String id) {
        return Optional.ofNullable(operations.get(id));
    }

    public Collection<NumberOperation> operations() {
        return operations.values();
    }
}
