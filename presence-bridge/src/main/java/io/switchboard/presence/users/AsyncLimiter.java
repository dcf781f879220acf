package io.switchboard.presence.users;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code permits} asynchronous tasks in flight; the rest wait in arrival order without
 * holding a thread. Keeps 50,000 users' first deliveries from opening 50,000 connections at once.
 */
public final class AsyncLimiter {

    private final AtomicInteger available;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    public AsyncLimiter(int permits) {
        this.available = new AtomicInteger(permits);
    }

    public <T> CompletableFuture<T> run(Supplier<? extends CompletionStage<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        waiting.add(() -> {
            CompletionStage<T> stage;
            try {
                stage = task.get();
            } catch (RuntimeException e) {
                stage = CompletableFuture.failedFuture(e);
            }
            stage.whenComplete((value, failure) -> {
                available.incrementAndGet();
                drain();
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(value);
                }
            });
        });
        drain();
        return result;
    }

    private void drain() {
        while (!waiting.isEmpty()) {
            int now = available.get();
            if (now <= 0) {
                return;
            }
            if (available.compareAndSet(now, now - 1)) {
                Runnable next = waiting.poll();
                if (next == null) {
                    available.incrementAndGet();
                    return;
                }
                next.run();
            }
        }
    }
}
