package io.switchboard.assigner.assignments;

import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.FailureReason;
import java.time.Instant;

/** A task as the ops API shows it. */
public record TaskView(long seq, String requestId, TaskKind kind, String userId, String phoneNumber, NumberType numberType,
                       String locationId, TaskState state, String operationId, int attempts, Instant nextAttemptAt,
                       Instant firstSeenAt, Instant updatedAt, FailureReason lastReason, String lastErrorCode,
                       String lastErrorMessage) {

    static TaskView of(AssignmentTask t) {
        return new TaskView(t.seq(), t.requestId(), t.kind(), t.userId(), t.phoneNumber(), t.numberType(), t.locationId(),
                t.state(), t.operationId(), t.attempts(), t.nextAttemptAt(), t.firstSeenAt(), t.updatedAt(), t.lastReason(),
                t.lastErrorCode(), t.lastErrorMessage());
    }
}
