package io.switchboard.assigner.retries;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a task again: exponential back-off with jitter (half fixed, half random, so a storm of
 * failures spreads out), never earlier than Graph's Retry-After, and not at all once the task is
 * older than the maximum age.
 */
public final class RetryPolicy {

    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxAge;
    private final RandomGenerator random;

    public RetryPolicy(Duration initialDelay, Duration maxDelay, Duration maxAge, RandomGenerator random) {
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.maxAge = maxAge;
        this.random = random;
    }

    /**
     * The next attempt time after {@code attempts} failed attempts, or empty when the task has been
     * retried for longer than the maximum age and should give up.
     */
    public Optional<Instant> nextAttempt(int attempts, Optional<Duration> retryAfter, Instant firstSeen, Instant now) {
        Duration delay = delay(attempts, retryAfter);
        Instant next = now.plus(delay);
        if (next.isAfter(firstSeen.plus(maxAge))) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    Duration delay(int attempts, Optional<Duration> retryAfter) {
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        long ceiling = Math.min(maxDelay.toMillis(), initialDelay.toMillis() * (1L << Math.min(exponent, 20)));
        long half = Math.max(1, ceiling / 2);
        Duration backoff = Duration.ofMillis(half + random.nextLong(half + 1));
        if (retryAfter.isPresent()) {
            // Graph's Retry-After is a floor; a little jitter above it keeps throttled tasks from returning all at once.
            Duration floor = retryAfter.get();
            return floor.plusMillis(random.nextLong(Math.max(1, floor.toMillis() / 10) + 1));
        }
        return backoff;
    }
}
