package io.switchboard.graph.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's notion of now: wall-clock time plus an offset that tests can advance, so that
 * expiries measured in days or hours (delta tokens, retention, licence propagation, presence fading)
 * can be tested without waiting.
 */
@ApplicationScoped
public class SimClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public Instant now() {
        return Instant.now().plus(offset.get());
    }

    public Duration advance(Duration by) {
        if (by.isNegative()) {
            throw GraphException.badRequest("The simulator clock only moves forward.");
        }
        return offset.updateAndGet(current -> current.plus(by));
    }

    public Duration offset() {
        return offset.get();
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }
}
