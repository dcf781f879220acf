package io.switchboard.messaging.outbox;

import java.time.Instant;

/** One unpublished outbox row as the relay reads it. */
record OutboxRow(long seq, String eventId, String topic, String key, String ceType, String subject,
                 Instant time, String tenantId, String correlationId, String causationId, String payload,
                 Instant createdAt) {
}
