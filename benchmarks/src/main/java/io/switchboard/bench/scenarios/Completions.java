package io.switchboard.bench.scenarios;

import io.switchboard.bench.clients.AssignmentEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;

/** Waits until users' assignments are confirmed, printing progress; gives up at a deadline (the figures say so). */
final class Completions {

    private Completions() {
    }

    /** @return true when all of {@code users} completed before {@code limit} */
    static boolean await(BenchContext ctx, AssignmentEvents events, Supplier<Collection<String>> users, int expected, Duration limit)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        Instant nextLog = Instant.now().plusSeconds(10);
        while (true) {
            long done = events.completedAmong(users.get());
            if (done >= expected) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                ctx.log("gave up after %d s: %d of %d assigned", limit.toSeconds(), done, expected);
                return false;
            }
            if (Instant.now().isAfter(nextLog)) {
                ctx.log("%,d of %,d assigned", done, expected);
                nextLog = Instant.now().plusSeconds(10);
            }
            Thread.sleep(100);
        }
    }
}
