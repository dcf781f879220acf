package io.switchboard.assigner.assignments;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.switchboard.assigner.publishing.ResultEvents;
import io.switchboard.assigner.reconciliation.KnownAssignments;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The worker's database steps, each one short transaction (never open across a Graph call). Every
 * step locks the task row and checks the claim token, so a worker whose lease ran out cannot
 * overwrite the worker that took over. Closing steps write the result event to the outbox in the
 * same transaction. Blocking: called from worker threads.
 */
@ApplicationScoped
public class TaskStore {

    private static final String DUE = """
            select c.seq from assignment_task c
            where c.tenant_id = :tenant and c.state in ('PENDING', 'SUBMITTED') and c.next_attempt_at <= now()
              and not exists (select 1 from assignment_task o
                              where o.tenant_id = c.tenant_id and o.user_id = c.user_id
                                and o.state in ('PENDING', 'SUBMITTED') and o.seq < c.seq)
            order by c.next_attempt_at, c.seq
            limit :limit
            for update skip locked""";
    private static final String LEASE = """
            update assignment_task set next_attempt_at = now() + make_interval(secs => :lease), claim_token = :token
            where seq in (:seqs)""";

    private final Mutiny.SessionFactory sessions;
    private final Outbox outbox;
    private final KnownAssignments known;

    public TaskStore(Mutiny.SessionFactory sessions, Outbox outbox, KnownAssignments known) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.known = known;
    }

    /**
     * Claims up to {@code limit} due tasks of a tenant (at most one per user, the oldest, so a user's
     * assign and release run in order) and hides them from other workers for {@code lease}.
     */
    public List<ClaimedTask> claim(String tenantId, int limit, Duration lease) {
        String token = UUID.randomUUID().toString();
        List<AssignmentTask> tasks = tx(session -> session.createNativeQuery(DUE, Long.class)
                .setParameter("tenant", tenantId).setParameter("limit", limit).getResultList()
                .chain(seqs -> seqs.isEmpty() ? Uni.createFrom().item(List.<AssignmentTask>of())
                        : session.createNativeQuery(LEASE).setParameter("lease", (double) lease.toSeconds())
                        .setParameter("token", token).setParameter("seqs", seqs).executeUpdate()
                        .chain(() -> session.createSelectionQuery("from AssignmentTask where seq in :seqs order by seq", AssignmentTask.class)
                                .setParameter("seqs", seqs).getResultList())));
        return tasks.stream().map(t -> new ClaimedTask(t, token)).toList();
    }

    /** Applies a transition to the claimed task and returns its new state. */
    public ClaimedTask update(ClaimedTask claim, Consumer<AssignmentTask> transition) {
        AssignmentTask task = tx(session -> locked(session, claim).invoke(transition));
        return new ClaimedTask(task, claim.token());
    }

    /** Closes the task as succeeded and publishes the completion. */
    public void succeed(ClaimedTask claim, Instant now) {
        tx(session -> locked(session, claim).chain(task -> {
            task.succeeded(now);
            Uni<Void> belief = task.kind() == TaskKind.ASSIGN ? known.assigned(session, task) : known.unassigned(session, task);
            return belief.chain(() -> outbox.append(session, ResultEvents.completed(task, now))).replaceWith(task);
        }));
        outbox.committed();
    }

    /** Closes the task as failed for good and publishes the non-retryable failure. */
    public void fail(ClaimedTask claim, FailureReason reason, String code, String message, Instant now) {
        tx(session -> locked(session, claim).chain(task -> {
            task.failed(reason, code, message, now);
            return outbox.append(session, ResultEvents.failed(task, false, reason, code, message, now)).replaceWith(task);
        }));
        outbox.committed();
    }

    /** Puts the task back on the schedule; the first time, tells the inventory it is delayed (retryable=true). */
    public void retry(ClaimedTask claim, Instant next, FailureReason reason, String code, String message, Instant now) {
        tx(session -> locked(session, claim).chain(task -> {
            task.retryAt(next, reason, code, message, now);
            if (task.wasProgressReported() || task.kind() != TaskKind.ASSIGN) {
                return Uni.createFrom().item(task);
            }
            task.progressReported();
            return outbox.append(session, ResultEvents.failed(task, true, reason, code, message, now)).replaceWith(task);
        }));
        outbox.committed();
    }

    private Uni<AssignmentTask> locked(Mutiny.Session session, ClaimedTask claim) {
        return session.find(AssignmentTask.class, claim.task().seq(), LockMode.PESSIMISTIC_WRITE)
                .invoke(task -> {
                    if (task == null || !claim.token().equals(task.claimToken())) {
                        throw new LeaseLostException(claim.task().seq());
                    }
                });
    }

    private <T> T tx(Function<Mutiny.Session, Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(work));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("database step of the assignment worker failed: " + e.getMessage(), e);
        }
    }
}
