package io.switchboard.inventory.audit;

import java.time.Instant;

/** One line of a number's history; {@code from == to} marks a note that changed nothing. */
public record AuditEntry(long id, String phoneNumber, String rangeId, String userId, String from, String to,
                         String actor, String reason, String correlationId, Instant at) {
}
