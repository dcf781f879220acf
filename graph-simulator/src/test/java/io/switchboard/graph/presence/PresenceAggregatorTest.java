package io.switchboard.graph.presence;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.graph.presence.PresenceState.Preferred;
import io.switchboard.graph.presence.PresenceState.Session;
import io.switchboard.graph.presence.PresenceState.View;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresenceAggregatorTest {

    private static final Instant T0 = Instant.parse("2030-01-01T10:00:00Z");
    private static final Duration FIVE = Duration.ofMinutes(5);

    private static View at(PresenceState state, Duration after) {
        return PresenceAggregator.aggregate(state, T0.plus(after), FIVE, FIVE);
    }

    private static Session session(String id, String availability, String activity, Duration lifetime) {
        return new Session(id, availability, activity, T0, T0.plus(lifetime));
    }

    @Test
    void noSessionMeansOffline() {
        assertThat(at(PresenceState.EMPTY, Duration.ZERO)).isEqualTo(View.OFFLINE);
    }

    @Test
    void sessionsRankDoNotDisturbOverBusyOverAvailableOverAway() {
        PresenceState state = new PresenceState(Map.of(
                "a", session("a", "Away", "Away", Duration.ofHours(1)),
                "b", session("b", "Available", "Available", Duration.ofHours(1)),
                "c", session("c", "Busy", "InACall", Duration.ofHours(1))), null, View.OFFLINE);
        assertThat(at(state, Duration.ZERO)).isEqualTo(new View("Busy", "InACall"));

        PresenceState withDnd = new PresenceState(Map.of("c", session("c", "Busy", "InACall", Duration.ofHours(1)),
                "d", session("d", "DoNotDisturb", "Presenting", Duration.ofHours(1))), null, View.OFFLINE);
        assertThat(at(withDnd, Duration.ZERO)).isEqualTo(new View("DoNotDisturb", "Presenting"));
    }

    @Test
    void availableFadesAndExpiredSessionsStopCounting() {
        PresenceState state = new PresenceState(Map.of("a", session("a", "Available", "Available", Duration.ofMinutes(30))), null, View.OFFLINE);
        assertThat(at(state, Duration.ofMinutes(4))).isEqualTo(new View("Available", "Available"));
        assertThat(at(state, Duration.ofMinutes(6))).isEqualTo(new View("Available", "AvailableInactive"));
        assertThat(at(state, Duration.ofMinutes(11))).isEqualTo(new View("Away", "Away"));
        assertThat(at(state, Duration.ofMinutes(30))).isEqualTo(View.OFFLINE);
    }

    @Test
    void busySessionsDoNotFade() {
        PresenceState state = new PresenceState(Map.of("a", session("a", "Busy", "InACall", Duration.ofHours(1))), null, View.OFFLINE);
        assertThat(at(state, Duration.ofMinutes(50))).isEqualTo(new View("Busy", "InACall"));
    }

    @Test
    void preferredPresenceOverridesUntilItExpires() {
        PresenceState state = new PresenceState(Map.of("a", session("a", "Busy", "InACall", Duration.ofHours(2))),
                new Preferred("Available", "Available", T0.plus(Duration.ofHours(1))), View.OFFLINE);
        assertThat(at(state, Duration.ofMinutes(10))).isEqualTo(new View("Available", "Available"));
        assertThat(at(state, Duration.ofMinutes(70))).isEqualTo(new View("Busy", "InACall"));
    }
}
