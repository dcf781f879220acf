package io.switchboard.presence.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.presence.mapping.EchoSuppression.TeamsObservation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EchoSuppressionTest {

    private static final TeamsPresence IN_CALL = TeamsPresence.of("Busy/InACall");
    private static final TeamsPresence MEETING = TeamsPresence.of("Busy/InAMeeting");
    private static final TeamsPresence AVAILABLE = TeamsPresence.of("Available/Available");

    @Test
    void theBridgesOwnSessionSeenInTeamsIsAnEcho() {
        assertThat(EchoSuppression.classify(AVAILABLE, IN_CALL, IN_CALL)).isEqualTo(TeamsObservation.ECHO);
    }

    @Test
    void aStateOtherThanTheSessionIsARealChange() {
        assertThat(EchoSuppression.classify(IN_CALL, MEETING, IN_CALL)).isEqualTo(TeamsObservation.CHANGED);
        assertThat(EchoSuppression.classify(null, AVAILABLE, null)).isEqualTo(TeamsObservation.CHANGED);
    }

    @Test
    void theSameStateTwiceIsNoChange() {
        assertThat(EchoSuppression.classify(MEETING, MEETING, null)).isEqualTo(TeamsObservation.UNCHANGED);
    }

    @Test
    void aPlatformIsNotToldWhatItReportedItself() {
        // the platform said in_call; Teams shows a conference call, which the platform calls in_call too
        assertThat(EchoSuppression.deliverable(MappingTable.defaults(), TeamsPresence.of("Busy/InAConferenceCall"), "in_call")).isEmpty();
    }

    @Test
    void aPlatformIsToldOfADifferentState() {
        assertThat(EchoSuppression.deliverable(MappingTable.defaults(), MEETING, "available")).contains("busy");
        assertThat(EchoSuppression.deliverable(MappingTable.defaults(), MEETING, null)).contains("busy");
    }

    @Test
    void strongestSessionWinsAndTiesGoToTheLowestPlatform() {
        assertThat(SessionAggregate.strongest(Map.of("zoom", AVAILABLE, "nfon", IN_CALL)).orElseThrow().getKey()).isEqualTo("nfon");
        assertThat(SessionAggregate.strongest(Map.of("zoom", IN_CALL, "asterisk", IN_CALL)).orElseThrow().getKey()).isEqualTo("asterisk");
        assertThat(SessionAggregate.strongest(Map.of())).isEmpty();
    }
}
