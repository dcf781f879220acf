package io.switchboard.assigner.assignments;

import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.FailureReason;
import io.vertx.mutiny.sqlclient.Tuple;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The worker's hot statements without an ORM session around them: claiming a batch of tasks and writing
 * one task back are each a single round trip. Transactions that also write the outbox stay in Hibernate Reactive.
 */
final class TaskRows {

    /**
     * Locks up to ?4 due tasks of tenant ?3 (SKIP LOCKED: replicas share the work), at most one per user, the
     * oldest, so a user's assign and release run in order, and hides them for ?1 seconds under token ?2.
     * JDBC: the dispatcher thread runs it on its own connection pool, so a claim never queues behind the
     * workers' statements on the reactive pool.
     */
    static final String CLAIM = """
            update assignment_task t set next_attempt_at = now() + make_interval(secs => ?), claim_token = ?
            where t.seq in (
                select c.seq from assignment_task c
                where c.tenant_id = ? and c.state in ('PENDING', 'SUBMITTED') and c.next_attempt_at <= now()
                  and not exists (select 1 from assignment_task o
                                  where o.tenant_id = c.tenant_id and o.user_id = c.user_id
                                    and o.state in ('PENDING', 'SUBMITTED') and o.seq < c.seq)
                order by c.next_attempt_at, c.seq
                limit ?
                for update skip locked)
            returning t.*""";

    /** Every column a transition can change, written only while claim token $12 still holds the row. */
    static final String WRITE = """
            update assignment_task set state = $1, operation_id = $2, submitted_at = $3, attempts = $4, next_attempt_at = $5,
                updated_at = $6, last_reason = $7, last_error_code = $8, last_error_message = $9, progress_reported = $10
            where seq = $11 and claim_token = $12""";

    private TaskRows() {
    }

    static Tuple write(ClaimedTask claim) {
        AssignmentTask t = claim.task();
        return Tuple.from(Arrays.asList(t.state.name(), t.operationId, timestamp(t.submittedAt), t.attempts, timestamp(t.nextAttemptAt),
                timestamp(t.updatedAt), t.lastReason == null ? null : t.lastReason.name(), t.lastErrorCode, t.lastErrorMessage,
                t.progressReported, t.seq, claim.token()));
    }

    static AssignmentTask task(ResultSet row) throws SQLException {
        AssignmentTask t = new AssignmentTask();
        t.seq = row.getLong("seq");
        t.tenantId = row.getString("tenant_id");
        t.requestId = row.getString("request_id");
        t.kind = TaskKind.valueOf(row.getString("kind"));
        t.userId = row.getString("user_id");
        t.phoneNumber = row.getString("phone_number");
        t.numberType = NumberType.valueOf(row.getString("number_type"));
        t.locationId = row.getString("location_id");
        t.state = TaskState.valueOf(row.getString("state"));
        t.operationId = row.getString("operation_id");
        t.submittedAt = instant(row.getObject("submitted_at", OffsetDateTime.class));
        t.attempts = row.getInt("attempts");
        t.nextAttemptAt = instant(row.getObject("next_attempt_at", OffsetDateTime.class));
        t.firstSeenAt = instant(row.getObject("first_seen_at", OffsetDateTime.class));
        t.updatedAt = instant(row.getObject("updated_at", OffsetDateTime.class));
        String reason = row.getString("last_reason");
        t.lastReason = reason == null ? null : FailureReason.valueOf(reason);
        t.lastErrorCode = row.getString("last_error_code");
        t.lastErrorMessage = row.getString("last_error_message");
        t.progressReported = row.getBoolean("progress_reported");
        t.causeEventId = row.getString("cause_event_id");
        t.correlationId = row.getString("correlation_id");
        t.claimToken = row.getString("claim_token");
        return t;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
