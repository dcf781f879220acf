package io.switchboard.directory.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5);

    @Test
    void retryAfterIsHonouredExactlyEvenAboveTheCap() {
        assertThat(policy.delay(0, Optional.of(Duration.ofSeconds(7)), () -> 0.0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delay(3, Optional.of(Duration.ofSeconds(120)), () -> 1.0)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void withoutRetryAfterTheBackOffGrowsExponentiallyWithJitterUpToTheCap() {
        assertThat(policy.delay(0, Optional.empty(), () -> 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(0, Optional.empty(), () -> 1.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(3, Optional.empty(), () -> 1.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delay(10, Optional.empty(), () -> 1.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delay(10, Optional.empty(), () -> 0.0)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void givesUpAfterMaxAttempts() {
        assertThat(policy.giveUp(4)).isFalse();
        assertThat(policy.giveUp(5)).isTrue();
    }
}
