package io.switchboard.assigner.assignments;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.switchboard.assigner.publishing.ResultEvents;
import io.switchboard.assigner.reconciliation.KnownAssignments;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.messaging.outbox.Outbox;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The worker's database steps, each one short transaction (never open across a Graph call). Every
 * step writes the task row only where the claim token still matches (one guarded UPDATE, no read
 * first), so a worker whose lease ran out cannot overwrite the worker that took over. Closing steps
 * write the result event to the outbox in the same transaction. Blocking: called from worker threads.
 */
@ApplicationScoped
public class TaskStore {

    /** {@link TaskRows#WRITE} with Hibernate's ordinal parameters, for the transactions that also write the outbox. */
    private static final String WRITE_IN_SESSION = TaskRows.WRITE.replaceAll("\\$(\\d+)", "?$1");
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final Mutiny.SessionFactory sessions;
    private final Pool pool;
    private final DataSource dataSource;
    private final Outbox outbox;
    private final KnownAssignments known;

    public TaskStore(Mutiny.SessionFactory sessions, Pool pool, DataSource dataSource, Outbox outbox, KnownAssignments known) {
        this.sessions = sessions;
        this.pool = pool;
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.known = known;
    }

    /**
     * Claims up to {@code limit} due tasks of a tenant (at most one per user, the oldest, so a user's
     * assign and release run in order) and hides them from other workers for {@code lease}. One statement, on
     * the JDBC pool: the dispatcher is a plain blocking thread, and there it never waits behind the workers.
     */
    public List<ClaimedTask> claim(String tenantId, int limit, Duration lease) {
        String token = UUID.randomUUID().toString();
        List<ClaimedTask> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement claim = connection.prepareStatement(TaskRows.CLAIM)) {
            claim.setDouble(1, lease.toMillis() / 1000.0);
            claim.setString(2, token);
            claim.setString(3, tenantId);
            claim.setInt(4, limit);
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedTask(TaskRows.task(rows), token));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming tasks of tenant " + tenantId + " failed: " + e.getMessage(), e);
        }
        claimed.sort(Comparator.comparing(c -> c.task().seq()));
        return claimed;
    }

    /**
     * Applies a transition to the claimed task and writes it, if the claim still holds: one guarded UPDATE.
     * Only the holder of the current claim token ever writes a claimed row (a new claim changes the token),
     * so the copy this worker holds is the row's state whenever the token still matches.
     */
    public ClaimedTask update(ClaimedTask claim, Consumer<AssignmentTask> transition) {
        AssignmentTask task = claim.task();
        transition.accept(task);
        int written = pool.preparedQuery(TaskRows.WRITE).execute(TaskRows.write(claim)).await().atMost(STATEMENT_TIMEOUT).rowCount();
        if (written == 0) {
            throw new LeaseLostException(task.seq());
        }
        return claim;
    }

    /** Closes the task as succeeded and publishes the completion. */
    public void succeed(ClaimedTask claim, Instant now) {
        AssignmentTask task = claim.task();
        task.succeeded(now);
        tx(session -> written(session, claim)
                .chain(() -> task.kind() == TaskKind.ASSIGN ? known.assigned(session, task) : known.unassigned(session, task))
                .chain(() -> outbox.append(session, ResultEvents.completed(task, now))));
        outbox.committed();
    }

    /** Closes the task as failed for good and publishes the non-retryable failure. */
    public void fail(ClaimedTask claim, FailureReason reason, String code, String message, Instant now) {
        AssignmentTask task = claim.task();
        task.failed(reason, code, message, now);
        tx(session -> written(session, claim)
                .chain(() -> outbox.append(session, ResultEvents.failed(task, false, reason, code, message, now))));
        outbox.committed();
    }

    /** Puts the task back on the schedule; the first time, tells the inventory it is delayed (retryable=true). */
    public void retry(ClaimedTask claim, Instant next, FailureReason reason, String code, String message, Instant now) {
        AssignmentTask task = claim.task();
        task.retryAt(next, reason, code, message, now);
        boolean report = !task.wasProgressReported() && task.kind() == TaskKind.ASSIGN;
        if (report) {
            task.progressReported();
        }
        tx(session -> written(session, claim).chain(() -> report
                ? outbox.append(session, ResultEvents.failed(task, true, reason, code, message, now))
                : Uni.createFrom().voidItem()));
        if (report) {
            outbox.committed();
        }
    }

    /** Writes the task inside the caller's transaction, or fails it (rolling back) when the claim was lost. */
    private Uni<Void> written(Mutiny.Session session, ClaimedTask claim) {
        return write(session, claim).invoke(rows -> {
            if (rows == 0) {
                throw new LeaseLostException(claim.task().seq());
            }
        }).replaceWithVoid();
    }

    private static Uni<Integer> write(Mutiny.Session session, ClaimedTask claim) {
        Tuple values = TaskRows.write(claim);
        var query = session.createNativeQuery(WRITE_IN_SESSION);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.getValue(i));
        }
        return query.executeUpdate();
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
