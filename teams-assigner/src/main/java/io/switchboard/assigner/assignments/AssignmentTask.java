package io.switchboard.assigner.assignments;

import io.switchboard.events.NumberType;
import io.switchboard.events.assignments.FailureReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reservation to assign or release to unassign in Teams, with everything needed to do it exactly once. */
@Entity
@Table(name = "assignment_task")
public class AssignmentTask {

    @Id
    Long seq;
    String tenantId;
    String requestId;
    @Enumerated(EnumType.STRING)
    TaskKind kind;
    String userId;
    String phoneNumber;
    @Enumerated(EnumType.STRING)
    NumberType numberType;
    String locationId;
    @Enumerated(EnumType.STRING)
    TaskState state;
    String operationId;
    Instant submittedAt;
    int attempts;
    Instant nextAttemptAt;
    Instant firstSeenAt;
    Instant updatedAt;
    @Enumerated(EnumType.STRING)
    FailureReason lastReason;
    String lastErrorCode;
    String lastErrorMessage;
    boolean progressReported;
    String causeEventId;
    String correlationId;
    String claimToken;

    protected AssignmentTask() {
    }

    // --- transitions (each called with the row locked and the claim checked) ---

    /** Recorded before assignNumber/unassignNumber is sent, so a crash during the call is visible afterwards. */
    void submitting(Instant now) {
        state = TaskState.SUBMITTED;
        attempts++;
        submittedAt = now;
        operationId = null;
        touch(now);
    }

    void accepted(String operation, Instant nextPoll, Instant now) {
        operationId = operation;
        nextAttemptAt = nextPoll;
        touch(now);
    }

    /** Keep the state, look again later (operation running, or waiting for Teams to show an earlier submission). */
    void lookAgainAt(Instant next, Instant now) {
        nextAttemptAt = next;
        touch(now);
    }

    /** The operation id is unknown to Graph (expired): fall back to looking at Teams. */
    void forgetOperation(Instant now) {
        operationId = null;
        nextAttemptAt = now;
        touch(now);
    }

    void retryAt(Instant next, FailureReason reason, String code, String message, Instant now) {
        state = TaskState.PENDING;
        operationId = null;
        nextAttemptAt = next;
        recordError(reason, code, message);
        touch(now);
    }

    void progressReported() {
        progressReported = true;
    }

    void succeeded(Instant now) {
        state = TaskState.SUCCEEDED;
        touch(now);
    }

    void failed(FailureReason reason, String code, String message, Instant now) {
        state = TaskState.FAILED;
        recordError(reason, code, message);
        touch(now);
    }

    private void recordError(FailureReason reason, String code, String message) {
        lastReason = reason;
        lastErrorCode = code;
        lastErrorMessage = message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    // --- read access ---

    public Long seq() {
        return seq;
    }

    public String tenantId() {
        return tenantId;
    }

    public String requestId() {
        return requestId;
    }

    public TaskKind kind() {
        return kind;
    }

    public String userId() {
        return userId;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public NumberType numberType() {
        return numberType;
    }

    public String locationId() {
        return locationId;
    }

    public TaskState state() {
        return state;
    }

    public String operationId() {
        return operationId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant firstSeenAt() {
        return firstSeenAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public FailureReason lastReason() {
        return lastReason;
    }

    public String lastErrorCode() {
        return lastErrorCode;
    }

    public String lastErrorMessage() {
        return lastErrorMessage;
    }

    public boolean wasProgressReported() {
        return progressReported;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public String correlationId() {
        return correlationId;
    }

    String claimToken() {
        return claimToken;
    }
}
