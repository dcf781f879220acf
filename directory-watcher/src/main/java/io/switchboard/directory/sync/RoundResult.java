package io.switchboard.directory.sync;

import java.time.Duration;

/**
 * How a round ended and when the tenant's next one is due.
 *
 * @param pages  delta pages applied
 * @param events events written to the outbox
 */
public record RoundResult(Outcome outcome, int pages, int events, Duration nextRunIn, String error) {

    public enum Outcome { COMPLETED, PAUSED, SKIPPED, FAILED }
}
