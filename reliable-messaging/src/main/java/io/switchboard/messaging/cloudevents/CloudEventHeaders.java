package io.switchboard.messaging.cloudevents;

import io.switchboard.events.EventCatalog;
import io.switchboard.events.SwitchboardEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * CloudEvents 1.0 in Kafka binary mode: the event's attributes as {@code ce_*} headers, the JSON
 * event as the record value. {@code correlationid} and {@code causationid} are CloudEvents
 * extension attributes, so routers can follow a saga without parsing values.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String TENANT_ID = "ce_tenantid";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The headers of one event; {@code source} names the producing service, e.g. {@code /switchboard/number-inventory}. */
    public static List<Header> of(SwitchboardEvent event, String source) {
        var meta = event.meta();
        return of(meta.eventId(), EventCatalog.of(event.getClass()).ceType(), source, meta.occurredAt(),
                event.subject(), meta.tenantId(), meta.correlationId(), meta.causationId());
    }

    public static List<Header> of(String id, String type, String source, Instant time, String subject,
                                  String tenantId, String correlationId, String causationId) {
        List<Header> headers = new ArrayList<>(10);
        headers.add(header(SPEC_VERSION, "1.0"));
        headers.add(header(ID, id));
        headers.add(header(TYPE, type));
        headers.add(header(SOURCE, source));
        headers.add(header(TIME, time.toString()));
        headers.add(header(SUBJECT, subject));
        headers.add(header(TENANT_ID, tenantId));
        headers.add(header(CORRELATION_ID, correlationId));
        if (causationId != null) {
            headers.add(header(CAUSATION_ID, causationId));
        }
        headers.add(header(CONTENT_TYPE, JSON));
        return headers;
    }

    /** The last value of a header as text, or {@code null}. */
    public static String text(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
