package io.switchboard.rules.ranges;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.switchboard.events.MalformedEventException;
import io.switchboard.events.RecordKeys;
import io.switchboard.events.inventory.RangeUpdated;
import io.switchboard.messaging.incoming.EventHandling;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Keeps {@code known_range} in step with the compacted {@code inventory.ranges} topic. Each record
 * carries a range's whole state, so applying it is idempotent and needs no inbox: a redelivery writes
 * the same row again, and a record older than the stored one is ignored. A tombstone (null value)
 * deletes the range; the generic parser would reject it as empty, so it is handled here.
 */
@ApplicationScoped
public class RangeConsumer {

    private final Mutiny.SessionFactory sessions;
    private final KnownRangeRepository ranges;

    public RangeConsumer(Mutiny.SessionFactory sessions, KnownRangeRepository ranges) {
        this.sessions = sessions;
        this.ranges = ranges;
    }

    @Incoming("ranges")
    public Uni<Void> consume(Message<String> message) {
        if (message.getPayload() == null) {
            return tombstone(message);
        }
        return EventHandling.handle(message, incoming -> {
            RangeUpdated update = incoming.as(RangeUpdated.class);
            return sessions.withTransaction(session -> ranges.apply(session, update));
        });
    }

    private Uni<Void> tombstone(Message<String> message) {
        String key = message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> String.valueOf(m.getKey())).orElse(null);
        String tenantId = RecordKeys.tenantOf(key);
        String rangeId = RecordKeys.subjectOf(key);
        if (tenantId == null || rangeId == null || rangeId.isBlank()) {
            return Uni.createFrom().completionStage(message.nack(
                    new MalformedEventException("tombstone with key '" + key + "', expected '{tenantId}/{rangeId}'")));
        }
        return sessions.withTransaction(session -> ranges.remove(session, tenantId, rangeId))
                .onItemOrFailure().transformToUni((ignored, failure) -> Uni.createFrom().completionStage(
                        failure == null ? message.ack() : message.nack(failure)));
    }
}
