package io.switchboard.presence.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingTableTest {

    private final MappingTable table = MappingTable.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "in_call, Busy/InACall",
            "in_meeting, Busy/InACall",
            "presenting, DoNotDisturb/Presenting",
            "do_not_disturb, DoNotDisturb/Presenting",
            "busy, Busy/InACall",
            "available, Available/Available",
            "away, Away/Away"})
    void platformStateSetsTheNearestAllowedPair(String state, String pair) {
        // when the platform reports the state
        InboundAction action = table.toTeams(state).orElseThrow();

        // then the bridge sets that pair, and it is one setPresence accepts
        assertThat(action).isEqualTo(new InboundAction.Set(TeamsPresence.of(pair)));
        assertThat(TeamsPresence.of(pair).settable()).isTrue();
    }

    @Test
    void offlineClearsTheSession() {
        assertThat(table.toTeams("offline")).contains(InboundAction.CLEAR);
    }

    @Test
    void platformSpellingsAreNormalised() {
        assertThat(table.toTeams("In Call")).contains(InboundAction.set("Busy/InACall"));
        assertThat(table.toTeams("DO-NOT-DISTURB")).contains(InboundAction.set("DoNotDisturb/Presenting"));
    }

    @Test
    void unknownStateIsNotGuessed() {
        assertThat(table.toTeams("on_the_moon")).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
            "Busy, InACall, in_call",
            "Busy, InAConferenceCall, in_call",
            "Busy, InAMeeting, busy",
            "Busy, Busy, busy",
            "DoNotDisturb, Presenting, presenting",
            "DoNotDisturb, DoNotDisturb, do_not_disturb",
            "Available, Available, available",
            "AvailableIdle, AvailableIdle, available",
            "Available, AvailableInactive, available",
            "Away, Away, away",
            "BeRightBack, BeRightBack, away",
            "Offline, OffWork, offline",
            "PresenceUnknown, PresenceUnknown, offline"})
    void teamsStateGoesToThePlatformState(String availability, String activity, String state) {
        assertThat(table.toPlatform(new TeamsPresence(availability, activity))).contains(state);
    }

    @Test
    void overridesReplaceRowsAndAddStates() {
        // given a platform that calls its states differently and does not want "busy"
        MappingTable custom = table.withOverrides(Map.of("ringing", "Busy/InACall", "dnd", "DoNotDisturb/Presenting", "gone", "clear"),
                Map.of("Busy/InAMeeting", "in_meeting", "Busy/*", ""));

        // then its own states map, its outbound override wins, and the removed row sends nothing
        assertThat(custom.toTeams("ringing")).contains(InboundAction.set("Busy/InACall"));
        assertThat(custom.toTeams("gone")).contains(InboundAction.CLEAR);
        assertThat(custom.toPlatform(new TeamsPresence("Busy", "InAMeeting"))).contains("in_meeting");
        assertThat(custom.toPlatform(new TeamsPresence("Busy", "Busy"))).isEmpty();
        // and the default table is untouched
        assertThat(table.toTeams("ringing")).isEmpty();
    }

    @Test
    void overrideToAPairSetPresenceRefusesIsRejectedWithTheReason() {
        assertThatThrownBy(() -> table.withOverrides(Map.of("in_meeting", "Busy/InAMeeting"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in_meeting")
                .hasMessageContaining("cannot be set through setPresence");
    }
}
