package io.switchboard.presence.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CoalescingLanesTest {

    private final List<String> started = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    private final CoalescingLanes<String, String> lanes = new CoalescingLanes<>((key, value) -> {
        started.add(key + "=" + value);
        CompletableFuture<Void> f = new CompletableFuture<>();
        running.put(key, f);
        return f;
    });

    @Test
    void aBurstForOneKeyRunsTheFirstAndThenOnlyTheLatest() {
        // given a call running for alice
        lanes.submit("alice", "available");

        // when a burst arrives while it runs
        lanes.submit("alice", "in_call");
        lanes.submit("alice", "away");
        lanes.submit("alice", "presenting");
        assertThat(started).containsExactly("alice=available");

        // then after it finishes only the latest runs
        running.get("alice").complete(null);
        assertThat(started).containsExactly("alice=available", "alice=presenting");
        running.get("alice").complete(null);
        assertThat(lanes.busy()).isZero();
    }

    @Test
    void differentKeysRunSideBySide() {
        lanes.submit("alice", "in_call");
        lanes.submit("bob", "away");
        assertThat(started).containsExactly("alice=in_call", "bob=away");
    }

    @Test
    void aFailedCallDoesNotBlockTheLane() {
        lanes.submit("alice", "in_call");
        lanes.submit("alice", "away");
        running.get("alice").completeExceptionally(new IllegalStateException("Graph said 500"));
        assertThat(started).containsExactly("alice=in_call", "alice=away");
    }
}
