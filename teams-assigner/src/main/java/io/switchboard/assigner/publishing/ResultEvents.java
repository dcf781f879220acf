package io.switchboard.assigner.publishing;

import io.switchboard.assigner.assignments.AssignmentTask;
import io.switchboard.assigner.assignments.TaskKind;
import io.switchboard.events.EventMeta;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.events.assignments.AssignmentFailed;
import io.switchboard.events.assignments.FailureReason;
import io.switchboard.events.assignments.UnassignmentCompleted;
import java.time.Instant;
import java.util.UUID;

/**
 * The events on {@code teams.assignments} that close (or report on) a task. Each continues the saga
 * of the reservation or release that caused it (same correlation id, causation = that event).
 *
 * <p>There is no UnassignmentFailed in the contracts: a release that finally fails is reported as
 * AssignmentFailed whose {@code reservationId} carries the release id.
 */
public final class ResultEvents {

    /** Operation id reported when Teams already showed the wanted state, so no operation of ours was followed. */
    public static final String NO_OPERATION = "none";

    private ResultEvents() {
    }

    public static SwitchboardEvent completed(AssignmentTask task, Instant now) {
        String operation = task.operationId() == null ? NO_OPERATION : task.operationId();
        if (task.kind() == TaskKind.ASSIGN) {
            return new AssignmentCompleted(meta(task, now), task.requestId(), task.userId(), task.phoneNumber(),
                    task.numberType(), operation);
        }
        return new UnassignmentCompleted(meta(task, now), task.requestId(), task.userId(), task.phoneNumber(),
                task.numberType(), operation);
    }

    public static AssignmentFailed failed(AssignmentTask task, boolean retryable, FailureReason reason, String code,
                                          String message, Instant now) {
        return new AssignmentFailed(meta(task, now), task.requestId(), task.userId(), task.phoneNumber(), task.numberType(),
                retryable, reason, emptyToNull(code), emptyToNull(message), task.attempts());
    }

    private static EventMeta meta(AssignmentTask task, Instant now) {
        return new EventMeta(UUID.randomUUID().toString(), task.tenantId(), task.correlationId(), task.causeEventId(), now);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
