package io.switchboard.assigner.retries;

import io.switchboard.events.assignments.FailureReason;

/** What a failed Teams number operation means for us: the reason, and whether trying again can help. */
public record Classification(FailureReason reason, boolean retryable) {
}
