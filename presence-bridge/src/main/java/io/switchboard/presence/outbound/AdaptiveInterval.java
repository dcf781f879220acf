package io.switchboard.presence.outbound;

import java.time.Duration;

/**
 * How long a tenant's poller waits between cycles so that its requests stay within the tenant's
 * Graph budget: a cycle of {@code n} requests may start every {@code n / (budget × share / window)}
 * seconds, never more often than the minimum interval. Throttling (429) stretches the interval and
 * clean cycles shrink it back, so the poller settles just under whatever budget Graph really grants.
 */
public final class AdaptiveInterval {

    static final double MAX_SLOWDOWN = 16;

    private final int budgetRequests;
    private final Duration window;
    private final double share;
    private final Duration minInterval;
    private double slowdown = 1;

    public AdaptiveInterval(int budgetRequests, Duration window, double share, Duration minInterval) {
        if (budgetRequests < 1 || share <= 0 || share > 1) {
            throw new IllegalArgumentException("budget must be positive and share in (0, 1], was " + budgetRequests + " and " + share);
        }
        this.budgetRequests = budgetRequests;
        this.window = window;
        this.share = share;
        this.minInterval = minInterval;
    }

    /** Requests needed to read {@code users} users in batches of {@code batchSize}. */
    public static int requests(int users, int batchSize) {
        return (users + batchSize - 1) / batchSize;
    }

    /** The wait from the start of one cycle to the start of the next. */
    public synchronized Duration next(int requestsPerCycle) {
        double perSecond = budgetRequests * share / (window.toMillis() / 1000.0);
        long millis = (long) Math.ceil(requestsPerCycle / perSecond * 1000 * slowdown);
        return Duration.ofMillis(Math.max(minInterval.toMillis(), millis));
    }

    /** Graph answered 429/503: slow down (at least until Retry-After has passed, which the caller honours). */
    public synchronized void throttled() {
        slowdown = Math.min(MAX_SLOWDOWN, slowdown * 2);
    }

    /** A cycle went through without throttling: recover gently. */
    public synchronized void succeeded() {
        slowdown = Math.max(1, slowdown * 0.9);
    }

    public synchronized double slowdown() {
        return slowdown;
    }
}
