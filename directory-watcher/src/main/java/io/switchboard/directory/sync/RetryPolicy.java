package io.switchboard.directory.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before asking Graph again after a transient failure: Graph's {@code Retry-After}
 * when it sent one (never less), otherwise exponential back-off with jitter. Plain Java.
 *
 * @param base        first back-off without Retry-After
 * @param max         longest back-off without Retry-After
 * @param maxAttempts transient failures in a row a round tolerates before it gives up (and the
 *                    scheduler tries again later from the same saved position)
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    public Duration delay(int attempt, Optional<Duration> retryAfter, DoubleSupplier random) {
        if (retryAfter.isPresent()) {
            return retryAfter.get();
        }
        long exponential = base.toMillis() << Math.min(attempt, 20);
        long capped = Math.min(exponential, max.toMillis());
        // "equal jitter": at least half the back-off, so retries of many tenants spread out but never hammer.
        long jittered = capped / 2 + (long) (random.getAsDouble() * (capped / 2.0));
        return Duration.ofMillis(jittered);
    }

    public boolean giveUp(int attempt) {
        return attempt >= maxAttempts;
    }
}
