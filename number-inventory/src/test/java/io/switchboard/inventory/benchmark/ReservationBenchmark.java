package io.switchboard.inventory.benchmark;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.EventMeta;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.inventory.audit.Cause;
import io.switchboard.inventory.reservations.ReservationEvents;
import io.switchboard.inventory.reservations.ReservationService;
import io.switchboard.inventory.support.Inventory;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire does not pick up {@code *Benchmark}; it asserts nothing): reservations per
 * second through the real service code (transaction, row lock, audit, outbox), once by a single
 * worker and once by several workers racing for the same range. Run with
 * {@code ./mvnw -B -pl number-inventory verify -Dtest=ReservationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class ReservationBenchmark {

    private static final int RESERVATIONS = Integer.getInteger("benchmark.reservations", 3_000);
    private static final int WORKERS = Integer.getInteger("benchmark.workers", 8);

    @Inject
    Inventory inventory;
    @Inject
    Mutiny.SessionFactory sessions;
    @Inject
    ReservationService reservations;
    @Inject
    ReservationEvents events;

    @Test
    void measure() {
        run("warm-up", 1, 500);
        run("no contention (1 worker)", 1, RESERVATIONS);
        run("contention (" + WORKERS + " workers, one range)", WORKERS, RESERVATIONS);
    }

    private void run(String label, int workers, int count) {
        String tenant = "bench-" + UUID.randomUUID();
        String range = inventory.range(tenant, label, "+442079400000", "+44207940" + String.format("%04d", count - 1), 0).id();
        long start = System.nanoTime();
        Inventory.await(() -> Multi.createFrom().range(0, count)
                .onItem().transformToUni(i -> reserve(tenant, "user-" + i, range)).merge(workers)
                .collect().last());
        double seconds = (System.nanoTime() - start) / 1e9;
        long reserved = inventory.count("select count(*) from number where tenant_id = ? and state = 'RESERVED'", tenant);
        System.out.printf("BENCHMARK %-40s %6d reservations in %6.2f s = %8.1f reservations/s (%d reserved)%n",
                label, count, seconds, count / seconds, reserved);
    }

    private Uni<Void> reserve(String tenant, String user, String range) {
        EventMeta meta = EventMeta.origin(tenant);
        // A session of its own per reservation: withTransaction would share one session per Vert.x context.
        return sessions.openSession().chain(session -> session.withTransaction(tx -> reservations.reserve(session, tenant, user,
                                List.of(range), meta.eventId(), new Cause("benchmark", "benchmark", meta.correlationId()))
                        .chain(outcome -> events.publish(session, outcome, EventMeta.causedBy(meta), user, meta.eventId())))
                .eventually(session::close));
    }
}
