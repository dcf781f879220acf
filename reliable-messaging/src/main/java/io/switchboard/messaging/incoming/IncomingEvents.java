package io.switchboard.messaging.incoming;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.MalformedEventException;
import io.switchboard.events.SwitchboardEvent;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Turns a Kafka record (string value, CloudEvents headers) into a typed event, or explains why it
 * cannot: the explanation ends up in the dead-letter record's {@code dead-letter-reason} header.
 */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    public static IncomingEvent parse(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new MalformedEventException("not a Kafka record"));
        return parse(kafka.getTopic(), kafka.getPartition(), kafka.getOffset(), String.valueOf(kafka.getKey()),
                kafka.getHeaders(), message.getPayload());
    }

    public static IncomingEvent parse(String topic, int partition, long offset, String key, Headers headers, String value) {
        String ceType = CloudEventHeaders.text(headers, CloudEventHeaders.TYPE);
        if (ceType == null) {
            throw new MalformedEventException("missing header " + CloudEventHeaders.TYPE);
        }
        EventCatalog type = EventCatalog.byCeType(ceType)
                .orElseThrow(() -> new MalformedEventException("unknown event type '" + ceType + "'"));
        if (!type.topic().equals(topic)) {
            throw new MalformedEventException(ceType + " does not belong on topic " + topic);
        }
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("empty value for " + ceType);
        }
        SwitchboardEvent event = EventJson.read(value, type.recordType());
        if (event.meta() == null) {
            throw new MalformedEventException(ceType + " without meta");
        }
        if (!event.key().equals(key)) {
            throw new MalformedEventException("record key '" + key + "' does not match the event's key '" + event.key() + "'");
        }
        return new IncomingEvent(type, event, topic, partition, offset);
    }
}
