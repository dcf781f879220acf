package io.switchboard.assigner.assignments;

/**
 * PENDING: nothing of ours is in flight in Teams (new, or waiting for a retry).
 * SUBMITTED: a Teams operation may be in flight; with an operation id we follow it, without one
 * (crash or timeout before the 202 was recorded) we look at Teams before ever submitting again.
 * SUCCEEDED, FAILED: final, the result event is in the outbox.
 */
public enum TaskState {
    PENDING, SUBMITTED, SUCCEEDED, FAILED;

    public boolean open() {
        return this == PENDING || this == SUBMITTED;
    }
}
