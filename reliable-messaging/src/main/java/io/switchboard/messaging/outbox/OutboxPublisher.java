package io.switchboard.messaging.outbox;

import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * One relay pass: under a transaction-scoped advisory lock (so only one replica publishes at a
 * time and order per key holds), read unpublished rows in {@code seq} order, send them with the
 * idempotent producer, wait for the acknowledgements, and mark the acknowledged prefix published.
 * A crash between sending and marking leaves rows unmarked: they are sent again, and consumers'
 * inboxes drop the duplicates (at-least-once, never lost).
 */
class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    /** Arbitrary constant naming the relay's advisory lock; per database, so per service. */
    private static final long RELAY_LOCK = 0x5377_6974_6368L;

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final String source;
    private final int batchSize;

    OutboxPublisher(DataSource dataSource, Producer<String, String> producer, String source, int batchSize) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.source = source;
        this.batchSize = batchSize;
    }

    /** Publishes at most one batch; returns the rows published with their age at publication. */
    List<Duration> publishOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Duration> published = publishLocked(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private List<Duration> publishLocked(Connection connection) throws SQLException {
        if (!tryLock(connection)) {
            return List.of();
        }
        List<OutboxRow> rows = unpublished(connection);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(producer.send(record(row)));
        }
        List<Long> sent = new ArrayList<>(rows.size());
        List<Duration> ages = new ArrayList<>(rows.size());
        Instant now = Instant.now();
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                sent.add(rows.get(i).seq());
                ages.add(Duration.between(rows.get(i).createdAt(), now));
            } catch (Exception e) {
                // Stop at the first failure: later rows are marked only after this one, so order holds.
                LOG.warnf("outbox row %d (%s) not acknowledged by Kafka, retrying later: %s",
                        rows.get(i).seq(), rows.get(i).ceType(), e.getMessage());
                break;
            }
        }
        markPublished(connection, sent);
        return ages;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<OutboxRow> unpublished(Connection connection) throws SQLException {
        String sql = """
                select seq, event_id, topic, record_key, ce_type, ce_subject, ce_time, tenant_id,
                       correlation_id, causation_id, payload, created_at
                from outbox where published_at is null order by seq limit ?""";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant()));
                }
                return rows;
            }
        }
    }

    /** A row without payload is a tombstone: null value, and no content type since there is no content. */
    private ProducerRecord<String, String> record(OutboxRow row) {
        List<Header> headers = CloudEventHeaders.of(row.eventId(), row.ceType(), source, row.time(), row.subject(),
                row.tenantId(), row.correlationId(), row.causationId());
        if (row.payload() == null) {
            headers = headers.stream().filter(h -> !h.key().equals(CloudEventHeaders.CONTENT_TYPE)).toList();
        }
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers);
    }

    private static void markPublished(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox set published_at = now() where seq = any(?)")) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    /** Deletes published outbox rows and inbox entries past their retention. */
    void housekeeping(Duration outboxRetention, Duration inboxRetention) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement outbox = connection.prepareStatement(
                     "delete from outbox where published_at < now() - make_interval(secs => ?)");
             PreparedStatement inbox = connection.prepareStatement(
                     "delete from inbox where processed_at < now() - make_interval(secs => ?)")) {
            outbox.setDouble(1, outboxRetention.toSeconds());
            outbox.executeUpdate();
            inbox.setDouble(1, inboxRetention.toSeconds());
            inbox.executeUpdate();
        }
    }
}
