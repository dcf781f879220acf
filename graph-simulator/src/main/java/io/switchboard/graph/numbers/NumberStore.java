package io.switchboard.graph.numbers;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A tenant's telephone numbers (ordered by number, indexed by assignment target) and its number operations
 * (unfinished ones ordered by due time, finished ones kept by id until evicted), so that bulk onboarding of
 * 100,000 users costs the same per operation as the first one.
 *
 * <p>Reads are lock-free. Writes lock this store, the same monitor {@link NumberService} holds while an operation
 * executes, so that the number map, the target index and the operation maps always change together.
 */
public final class NumberStore {

    private final NavigableMap<String, TeamsNumber> numbers = new ConcurrentSkipListMap<>();
    private final NavigableMap<String, TeamsNumber> numbersView = Collections.unmodifiableNavigableMap(numbers);
    /** Lower-cased assignment target id to the keys of the numbers assigned to it. */
    private final Map<String, Set<String>> byTarget = new ConcurrentHashMap<>();
    private final Map<String, NumberOperation> operations = new ConcurrentHashMap<>();
    private final NavigableMap<Pending, NumberOperation> pending = new ConcurrentSkipListMap<>();
    /** Finished operations in order of finishing, for eviction after the retention. */
    private final Queue<NumberOperation> finished = new ConcurrentLinkedQueue<>();

    /** Orders unfinished operations by due time; the id makes keys unique. */
    private record Pending(Instant dueAt, String id) implements Comparable<Pending> {
        static Pending of(NumberOperation op) {
            return new Pending(op.dueAt(), op.id());
        }

        @Override
        public int compareTo(Pending other) {
            int byDue = dueAt.compareTo(other.dueAt);
            return byDue != 0 ? byDue : id.compareTo(other.id);
        }
    }

    public static String key(String telephoneNumber) {
        String trimmed = telephoneNumber.trim();
        return trimmed.startsWith("+") ? trimmed : "+" + trimmed;
    }

    public Optional<TeamsNumber> find(String telephoneNumber) {
        return Optional.ofNullable(numbers.get(key(telephoneNumber)));
    }

    public synchronized void put(TeamsNumber number) {
        String key = key(number.telephoneNumber());
        unindex(key, numbers.put(key, number));
        if (number.assignmentTargetId() != null) {
            byTarget.computeIfAbsent(target(number.assignmentTargetId()), t -> ConcurrentHashMap.newKeySet()).add(key);
        }
    }

    public synchronized void remove(String telephoneNumber) {
        String key = key(telephoneNumber);
        unindex(key, numbers.remove(key));
    }

    /** Read-only and ordered by number: changes go through {@link #put(TeamsNumber)} to keep the index right. */
    public NavigableMap<String, TeamsNumber> numbers() {
        return numbersView;
    }

    /** The numbers assigned to a user or resource account (ids compare case-insensitively, as in Graph). */
    public List<TeamsNumber> assignedTo(String targetId) {
        Set<String> keys = byTarget.getOrDefault(target(targetId), Set.of());
        return keys.stream().map(numbers::get).filter(n -> n != null && targetId.equalsIgnoreCase(n.assignmentTargetId())).toList();
    }

    /** A new operation, not yet finished. */
    public synchronized void add(NumberOperation operation) {
        operations.put(operation.id(), operation);
        pending.put(Pending.of(operation), operation);
    }

    /** Replaces an operation by its finished state: no longer pending, evictable after the retention. */
    public synchronized void finish(NumberOperation operation) {
        operations.put(operation.id(), operation);
        pending.remove(Pending.of(operation));
        finished.add(operation);
    }

    public Optional<NumberOperation> operation(String id) {
        return Optional.ofNullable(operations.get(id));
    }

    /** Whether an unfinished operation is due at {@code now}; cheap, so that every read can ask. */
    public boolean hasDue(Instant now) {
        Map.Entry<Pending, NumberOperation> first = pending.firstEntry();
        return first != null && !now.isBefore(first.getKey().dueAt());
    }

    /** Unfinished operations due at {@code now}, soonest due first; only these are looked at. */
    public List<NumberOperation> due(Instant now) {
        return List.copyOf(pending.headMap(new Pending(now, "\uffff"), true).values());
    }

    /** Unfinished operations, for the admin API and tests. */
    public int pendingCount() {
        return pending.size();
    }

    /** Forgets finished operations that finished before {@code cutoff}; they then read as not found. */
    public int evictFinishedBefore(Instant cutoff) {
        NumberOperation oldest = finished.peek();
        return oldest == null || !oldest.finishedAt().isBefore(cutoff) ? 0 : evict(cutoff);
    }

    private synchronized int evict(Instant cutoff) {
        int evicted = 0;
        for (NumberOperation head = finished.peek(); head != null && head.finishedAt().isBefore(cutoff); head = finished.peek()) {
            finished.poll();
            operations.remove(head.id(), head);
            evicted++;
        }
        return evicted;
    }

    private void unindex(String key, TeamsNumber previous) {
        if (previous != null && previous.assignmentTargetId() != null) {
            byTarget.computeIfPresent(target(previous.assignmentTargetId()), (t, keys) -> {
                keys.remove(key);
                return keys.isEmpty() ? null : keys;
            });
        }
    }

    private static String target(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
