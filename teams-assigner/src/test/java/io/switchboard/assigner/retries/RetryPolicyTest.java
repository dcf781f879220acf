package io.switchboard.assigner.retries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(24), new Random(7));
    private final Instant now = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void backsOffExponentiallyWithJitterBetweenHalfAndFullCeiling() {
        for (int attempts = 1; attempts <= 6; attempts++) {
            long ceiling = 5_000L << (attempts - 1);
            Duration delay = policy.delay(attempts, Optional.empty());
            assertThat(delay.toMillis()).as("attempt %d", attempts).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void neverExceedsTheMaximumDelay() {
        assertThat(policy.delay(40, Optional.empty())).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void honoursRetryAfterAsAFloorEvenWhenTheBackoffWouldBeShorter() {
        Duration delay = policy.delay(1, Optional.of(Duration.ofSeconds(30)));
        assertThat(delay).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(33));
    }

    @Test
    void givesUpOnceTheNextAttemptWouldBePastTheMaximumAge() {
        Instant firstSeen = now.minus(Duration.ofHours(24)).plusSeconds(1);
        assertThat(policy.nextAttempt(3, Optional.empty(), firstSeen, now)).isEmpty();
        assertThat(policy.nextAttempt(3, Optional.empty(), now, now)).isPresent();
    }
}
