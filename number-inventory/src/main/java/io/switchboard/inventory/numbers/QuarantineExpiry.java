package io.switchboard.inventory.numbers;

import io.switchboard.messaging.sql.SqlValues;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.switchboard.inventory.publishing.RangeChanges;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.reactive.mutiny.Mutiny;

/** Returns numbers whose quarantine has ended to the pool, in batches, with an audit line each. */
@ApplicationScoped
public class QuarantineExpiry {

    static final String ACTOR = "system:quarantine-expiry";
    private static final int BATCH = 1000;

    private final Mutiny.SessionFactory sessions;
    private final RangeChanges rangeChanges;

    public QuarantineExpiry(Mutiny.SessionFactory sessions, RangeChanges rangeChanges) {
        this.sessions = sessions;
        this.rangeChanges = rangeChanges;
    }

    @Scheduled(every = "${switchboard.inventory.quarantine.check-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return releaseExpired(Instant.now()).replaceWithVoid();
    }

    /** Frees up to one batch of numbers whose quarantine ended before {@code now}; emits how many. */
    public Uni<Integer> releaseExpired(Instant now) {
        NumberStateMachine.check("quarantined numbers", NumberState.QUARANTINED, NumberState.AVAILABLE);
        return sessions.withTransaction(session -> session.createNativeQuery("""
                        with expired as (
                            update number set state = 'AVAILABLE', quarantine_until = null,
                                   state_reason = 'quarantine ended', updated_at = now()
                            where id in (select id from number where state = 'QUARANTINED' and quarantine_until <= :now
                                         order by quarantine_until limit :batch for update skip locked)
                            returning tenant_id, e164, range_id)
                        insert into number_audit (tenant_id, e164, range_id, from_state, to_state, actor, reason)
                        select tenant_id, e164, range_id, 'QUARANTINED', 'AVAILABLE', :actor, 'quarantine ended' from expired
                        returning tenant_id, range_id""", Object[].class)
                        .setParameter("now", SqlValues.timestamp(now))
                        .setParameter("batch", BATCH)
                        .setParameter("actor", ACTOR)
                        .getResultList())
                .map(rows -> {
                    rows.forEach(r -> rangeChanges.touched((String) r[0], (String) r[1]));
                    return rows.size();
                });
    }
}
