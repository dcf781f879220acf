package io.switchboard.presence.users;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * One lane per key (a user, or a platform and a user): at most one piece of work runs per key, in
 * submission order, and while it runs only the latest submitted value waits. A burst of ten states
 * for one user therefore costs at most two calls, and the last state always wins; different keys
 * run concurrently.
 */
public final class CoalescingLanes<K, V> {

    private final BiFunction<K, V, CompletionStage<?>> work;
    private final Map<K, Lane<V>> lanes = new HashMap<>();

    public CoalescingLanes(BiFunction<K, V, CompletionStage<?>> work) {
        this.work = work;
    }

    /** Runs {@code work(key, value)} now, or after the running one, replacing any value still waiting. */
    public void submit(K key, V value) {
        synchronized (lanes) {
            Lane<V> lane = lanes.get(key);
            if (lane != null) {
                lane.waiting = value;
                lane.coalesced++;
                return;
            }
            lanes.put(key, new Lane<>());
        }
        run(key, value);
    }

    /** Keys with work running or waiting. */
    public int busy() {
        synchronized (lanes) {
            return lanes.size();
        }
    }

    private void run(K key, V value) {
        CompletionStage<?> stage;
        try {
            stage = work.apply(key, value);
        } catch (RuntimeException e) {
            stage = java.util.concurrent.CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((ignored, failure) -> next(key));
    }

    private void next(K key) {
        V waiting;
        synchronized (lanes) {
            Lane<V> lane = lanes.get(key);
            if (lane.waiting == null) {
                lanes.remove(key);
                return;
            }
            waiting = lane.waiting;
            lane.waiting = null;
        }
        run(key, waiting);
    }

    private static final class Lane<V> {
        V waiting;
        long coalesced;
    }
}
