package io.switchboard.inventory.ranges;

import io.switchboard.inventory.numbers.NumberState;
import java.util.EnumMap;
import java.util.Map;

/** How many numbers of a range are in each state, and what dashboards derive from that. */
public record RangeCounts(Map<NumberState, Long> byState) {

    public RangeCounts {
        EnumMap<NumberState, Long> all = new EnumMap<>(NumberState.class);
        for (NumberState state : NumberState.values()) {
            all.put(state, byState.getOrDefault(state, 0L));
        }
        byState = Map.copyOf(all);
    }

    public long free() {
        return byState.get(NumberState.AVAILABLE);
    }

    /** Numbers that belong to a user or are on their way back from one. */
    public long used() {
        return byState.get(NumberState.RESERVED) + byState.get(NumberState.ASSIGNED)
                + byState.get(NumberState.RETAINED) + byState.get(NumberState.RELEASING);
    }

    public long quarantined() {
        return byState.get(NumberState.QUARANTINED);
    }

    public long total() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of the range in use, 0..1. */
    public double utilisation() {
        long total = total();
        return total == 0 ? 0 : (double) used() / total;
    }
}
