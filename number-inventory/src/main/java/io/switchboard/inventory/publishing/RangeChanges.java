package io.switchboard.inventory.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ranges whose numbers or settings changed recently, remembered in memory so that a burst of
 * changes (bulk onboarding) leads to one {@code RangeUpdated} per tick instead of one per number.
 * A range is noted before its transaction commits, so it stays "recent" for a while after the last
 * note: the publisher checks it again on later ticks and publishes only if the state differs.
 */
@ApplicationScoped
public class RangeChanges {

    private final Map<RangeKey, Long> touched = new ConcurrentHashMap<>();

    public void touched(String tenantId, String rangeId) {
        touched.put(new RangeKey(tenantId, rangeId), System.nanoTime());
    }

    /** The ranges touched within {@code windowNanos}; older notes are forgotten. */
    Map<RangeKey, Long> recent(long windowNanos) {
        long now = System.nanoTime();
        touched.entrySet().removeIf(e -> now - e.getValue() > windowNanos);
        return Map.copyOf(touched);
    }

    public record RangeKey(String tenantId, String rangeId) {
    }
}
