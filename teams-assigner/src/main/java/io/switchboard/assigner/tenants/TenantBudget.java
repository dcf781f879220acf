package io.switchboard.assigner.tenants;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * One tenant's share of Graph: a token bucket for the request rate, a fixed number of task slots
 * for concurrency, and a pause while Graph asks this tenant to back off (429/503 Retry-After).
 * Every tenant has its own, so a throttled tenant never slows the others.
 */
public final class TenantBudget {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double ratePerSecond;
    private final int concurrency;
    private final Semaphore slots;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastRefill;
    private long pausedUntil;

    public TenantBudget(double ratePerSecond, int concurrency) {
        this(ratePerSecond, concurrency, System::nanoTime);
    }

    TenantBudget(double ratePerSecond, int concurrency, LongSupplier nanoClock) {
        if (ratePerSecond <= 0 || concurrency < 1) {
            throw new IllegalArgumentException("a tenant budget needs requests-per-second > 0 and concurrency >= 1, was "
                    + ratePerSecond + " and " + concurrency);
        }
        this.ratePerSecond = ratePerSecond;
        this.concurrency = concurrency;
        this.slots = new Semaphore(concurrency);
        this.nanoClock = nanoClock;
        this.tokens = Math.max(1, ratePerSecond);
        this.lastRefill = nanoClock.getAsLong();
        this.pausedUntil = lastRefill;
    }

    public int concurrency() {
        return concurrency;
    }

    public double ratePerSecond() {
        return ratePerSecond;
    }

    /** Takes a task slot if one is free. */
    public boolean tryTakeSlot() {
        return slots.tryAcquire();
    }

    public void releaseSlot() {
        slots.release();
    }

    public int freeSlots() {
        return slots.availablePermits();
    }

    /** Graph told this tenant to wait: no request leaves before {@code delay} has passed. */
    public synchronized void pauseFor(Duration delay) {
        long until = nanoClock.getAsLong() + delay.toNanos();
        pausedUntil = Math.max(pausedUntil, until);
    }

    public synchronized boolean paused() {
        return nanoClock.getAsLong() < pausedUntil;
    }

    /**
     * Takes a request token if one is there and the tenant is not paused; otherwise returns how
     * long to wait before asking again (nothing is taken then).
     */
    synchronized long tryTakeRequest() {
        long now = nanoClock.getAsLong();
        if (now < pausedUntil) {
            return pausedUntil - now;
        }
        double capacity = Math.max(1, ratePerSecond);
        tokens = Math.min(capacity, tokens + (now - lastRefill) * ratePerSecond / NANOS_PER_SECOND);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / ratePerSecond);
    }

    /** Blocks (on a worker thread) until a request may be sent. */
    public void awaitRequest() throws InterruptedException {
        long wait;
        while ((wait = tryTakeRequest()) > 0) {
            Thread.sleep(Math.max(1, wait / 1_000_000));
        }
    }
}
