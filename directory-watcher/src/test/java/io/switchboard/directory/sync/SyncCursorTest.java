package io.switchboard.directory.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyncCursorTest {

    static final String INITIAL = "https://graph/users/delta?$select=id";

    @Test
    void firstRoundListsEveryUserAndFollowsNextLinksToTheDeltaLink() {
        // given nothing synced yet
        SyncCursor cursor = SyncCursor.initial();
        assertThat(cursor.nextRequest(INITIAL)).isEqualTo(INITIAL);
        assertThat(cursor.fullRound()).isTrue();
        assertThat(cursor.atRoundStart()).isTrue();

        // when page 1 points to page 2
        SyncCursor page2 = cursor.afterPage("next-2", null);

        // then the round continues there, still a full round with the same id
        assertThat(page2.nextRequest(INITIAL)).isEqualTo("next-2");
        assertThat(page2.atRoundStart()).isFalse();
        assertThat(page2.roundId()).isEqualTo(cursor.roundId());
        assertThat(page2.endsFullRound(null)).isFalse();
        assertThat(page2.endsFullRound("delta-1")).isTrue();

        // when the last page carries the deltaLink
        SyncCursor done = page2.afterPage(null, "delta-1");

        // then later rounds are incremental from the deltaLink
        assertThat(done.nextRequest(INITIAL)).isEqualTo("delta-1");
        assertThat(done.fullRound()).isFalse();
        assertThat(done.atRoundStart()).isTrue();
    }

    @Test
    void incrementalRoundWithSeveralPagesKeepsTheOldDeltaLinkUntilItEnds() {
        SyncCursor incremental = new SyncCursor("delta-1", null, false, null, 3);

        SyncCursor midRound = incremental.afterPage("next-x", null);

        assertThat(midRound.nextRequest(INITIAL)).isEqualTo("next-x");
        assertThat(midRound.fullRound()).isFalse();
        assertThat(midRound.endsFullRound("delta-2")).isFalse();
        assertThat(midRound.afterPage(null, "delta-2").nextRequest(INITIAL)).isEqualTo("delta-2");
    }

    @Test
    void restartForgetsEveryTokenAndStartsANewFullRound() {
        SyncCursor midRound = new SyncCursor("delta-1", "next-x", false, null, 7);

        SyncCursor restarted = midRound.restartFull();

        assertThat(restarted.nextRequest(INITIAL)).isEqualTo(INITIAL);
        assertThat(restarted.fullRound()).isTrue();
        assertThat(restarted.roundId()).isNotNull();
        assertThat(restarted.version()).isEqualTo(7);
        assertThat(restarted.restartFull().roundId()).isNotEqualTo(restarted.roundId());
    }

    @Test
    void pageWithoutAnyLinkIsRefused() {
        assertThatThrownBy(() -> SyncCursor.initial().afterPage(null, null)).hasMessageContaining("neither");
    }
}
