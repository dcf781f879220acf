package io.switchboard.presence.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AsyncLimiterTest {

    @Test
    void atMostThePermittedTasksRunAndTheRestStartInOrderAsOthersFinish() {
        AsyncLimiter limiter = new AsyncLimiter(2);
        List<CompletableFuture<String>> inFlight = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            limiter.run(() -> {
                started.add(n);
                CompletableFuture<String> f = new CompletableFuture<>();
                inFlight.add(f);
                return f;
            });
        }
        assertThat(started).containsExactly(0, 1);

        inFlight.get(0).complete("done");
        assertThat(started).containsExactly(0, 1, 2);
        inFlight.get(1).completeExceptionally(new IllegalStateException("503"));
        inFlight.get(2).complete("done");
        assertThat(started).containsExactly(0, 1, 2, 3, 4);
    }
}
