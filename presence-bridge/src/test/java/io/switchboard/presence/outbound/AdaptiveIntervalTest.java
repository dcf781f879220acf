package io.switchboard.presence.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdaptiveIntervalTest {

    private final AdaptiveInterval interval = new AdaptiveInterval(1500, Duration.ofSeconds(30), 0.5, Duration.ofSeconds(1));

    @Test
    void fiftyThousandUsersFitTheDocumentedBudget() {
        // 50,000 users are 77 requests of 650; half of 1,500 per 30 s is 25 requests a second
        int requests = AdaptiveInterval.requests(50_000, 650);
        assertThat(requests).isEqualTo(77);
        Duration wait = interval.next(requests);
        assertThat(wait).isEqualTo(Duration.ofMillis(3080));
        // and over any 30 s window the poller stays within its share of the budget
        assertThat(30_000.0 / wait.toMillis() * requests).isLessThanOrEqualTo(750);
    }

    @Test
    void smallTenantsArePolledAtTheMinimumInterval() {
        assertThat(interval.next(AdaptiveInterval.requests(40, 650))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void throttlingStretchesAndSuccessRecovers() {
        interval.throttled();
        interval.throttled();
        assertThat(interval.next(77)).isEqualTo(Duration.ofMillis(12320));
        for (int i = 0; i < 100; i++) {
            interval.succeeded();
        }
        assertThat(interval.next(77)).isEqualTo(Duration.ofMillis(3080));
    }
}
