package io.switchboard.presence.outbound;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.switchboard.events.EventJson;
import io.switchboard.events.presence.PresenceChanged;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes {@link PresenceChanged} to {@code presence.updates} straight through an emitter, not
 * the outbox: presence is high-volume and only the latest state per user matters, consumers drop
 * anything with a lower {@code sequence}, and a lost record is repaired by the next change or poll.
 * The outbox's extra database write per event would buy nothing here (docs in README).
 */
@ApplicationScoped
public class PresenceChangedPublisher {

    private final Emitter<String> emitter;
    private final String source;

    public PresenceChangedPublisher(@Channel("presence-updates") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 100_000)
                                    Emitter<String> emitter,
                                    @ConfigProperty(name = "quarkus.application.name") String application) {
        this.emitter = emitter;
        this.source = "/switchboard/" + application;
    }

    public void publish(PresenceChanged event) {
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.key())
                .withHeaders(new RecordHeaders(CloudEventHeaders.of(event, source)))
                .build();
        emitter.send(Message.of(EventJson.write(event)).addMetadata(metadata));
    }
}
