package io.switchboard.bench.scenarios;

import io.switchboard.bench.clients.Simulator;
import io.switchboard.bench.clients.Switchboard;
import java.util.List;

/**
 * The demo tenant made ready for benchmark users: every user whose UPN ends in {@link #DOMAIN} matches a rule (priority
 * 1, ahead of the demo rules) that draws from Direct Routing ranges acquired in Teams and registered in
 * number-inventory, and there are E5 seats for all of them. Idempotent: ranges are added in blocks as users need them.
 */
public final class BenchTenant {

    /** Benchmark users live in sub-domains of this, e.g. {@code joiner-1@r123.bench.contoso-demo.onmicrosoft.com}. */
    public static final String DOMAIN = "bench.contoso-demo.onmicrosoft.com";
    public static final String LICENCE = "SPE_E5";
    static final int BLOCK = 25_000;
    static final long FIRST_NUMBER = 493_077_000_000L;
    private static final String RANGE_PREFIX = "Bench Direct Routing ";
    private static final int SEATS = 250_000;

    private final Simulator simulator;
    private final Switchboard switchboard;
    private boolean seatsSet;

    public BenchTenant(Simulator simulator, Switchboard switchboard) {
        this.simulator = simulator;
        this.switchboard = switchboard;
    }

    /**
     * Makes sure {@code users} more benchmark users can get numbers: blocks just big enough (whole thousands, at most
     * {@link #BLOCK}), each following the previous one, so a smoke run does not register 25,000 numbers.
     */
    public synchronized void ensureCapacity(int users) throws InterruptedException {
        if (!seatsSet) {
            simulator.seats(LICENCE, SEATS);
            seatsSet = true;
        }
        List<Switchboard.Range> ranges = switchboard.ranges().stream().filter(r -> r.name().startsWith(RANGE_PREFIX)).toList();
        long free = ranges.stream().mapToLong(Switchboard.Range::free).sum();
        long next = ranges.stream().mapToLong(r -> Long.parseLong(r.lastNumber().substring(1)) + 1).max().orElse(FIRST_NUMBER);
        int blocks = ranges.size();
        while (free < users + 50L) {
            int size = (int) Math.min(BLOCK, Math.max(1000, (users + 50L - free + 999) / 1000 * 1000));
            addBlock(++blocks, next, size);
            next += size;
            free += size;
        }
    }

    private void addBlock(int index, long first, int size) throws InterruptedException {
        simulator.acquireNumbers("+" + first, size, "directRouting", "Berlin", "DE");
        String rangeId = switchboard.createRange(RANGE_PREFIX + index, "DIRECT_ROUTING", "+" + first, "+" + (first + size - 1));
        switchboard.createRule("Benchmark users " + index, rangeId, 1, "userPrincipalName ends with \"" + DOMAIN + "\"");
    }
}
