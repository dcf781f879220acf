package io.switchboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.EventMeta;
import io.switchboard.events.Topics;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.events.directory.LicenceView;
import io.switchboard.events.directory.UserChangeType;
import io.switchboard.events.directory.UserChanged;
import io.switchboard.infra.KafkaAndPostgresResource;
import io.switchboard.infra.TopicReader;
import io.switchboard.messaging.cloudevents.CloudEventHeaders;
import io.switchboard.messaging.outbox.Outbox;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaAndPostgresResource.class)
class OutboxAndInboxTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;
    @Inject
    Mutiny.SessionFactory sessions;
    @Inject
    DataSource dataSource;
    @Inject
    TestUserChangeConsumer consumer;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;
    private final String tenant = "tenant-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void rolledBackTransactionPublishesNothing() throws Throwable {
        // given an event appended in a transaction that then fails
        UserChanged rolledBack = joined("user-1");
        assertThatThrownBy(() -> inTransaction(session -> outbox.append(session, rolledBack)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("state change failed")))))
                .hasMessageContaining("state change failed");

        // when a later event for the same user commits
        UserChanged committed = joined("user-1");
        inTransaction(session -> outbox.append(session, committed));
        outbox.committed();

        // then only the committed one is delivered (it would have followed the first on the same partition)
        await().atMost(PATIENCE).until(() -> consumer.deliveries().contains(committed.meta().eventId()));
        assertThat(consumer.deliveries()).doesNotContain(rolledBack.meta().eventId());
        assertThat(outboxRows(rolledBack.meta().eventId())).isZero();
    }

    @Test
    void recordIsPublishedWithKeyAndCloudEventsHeaders() throws Throwable {
        // given a committed event
        UserChanged event = joined("user-2");
        inTransaction(session -> outbox.append(session, event));

        // when it is read from the topic
        ConsumerRecord<String, String> record = TopicReader.await(bootstrapServers, Topics.DIRECTORY_USER_CHANGES, 1,
                r -> event.key().equals(r.key()), PATIENCE).get(0);

        // then key, headers and value carry the event
        assertThat(record.key()).isEqualTo(tenant + "/user-2");
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID)).isEqualTo(event.meta().eventId());
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.USER_CHANGED.ceType());
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.SOURCE)).isEqualTo("/switchboard/reliable-messaging-test");
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.SUBJECT)).isEqualTo("user-2");
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.CORRELATION_ID)).isEqualTo(event.meta().correlationId());
        assertThat(EventJson.read(record.value(), UserChanged.class)).isEqualTo(event);
    }

    @Test
    void eventRepublishedAfterACrashBeforeMarkingIsActedOnOnce() throws Throwable {
        // given an event that was published and processed
        UserChanged event = joined("user-3");
        String id = event.meta().eventId();
        inTransaction(session -> outbox.append(session, event));
        await().atMost(PATIENCE).until(() -> consumer.deliveries().contains(id));

        // when the relay had died after sending but before marking the row (the row is unmarked again)
        try (Connection c = dataSource.getConnection();
             PreparedStatement unmark = c.prepareStatement("update outbox set published_at = null where event_id = ?")) {
            unmark.setString(1, id);
            assertThat(unmark.executeUpdate()).isEqualTo(1);
        }

        // then the relay sends it again and the inbox drops the duplicate
        await().atMost(PATIENCE).until(() -> consumer.duplicates().contains(id));
        assertThat(consumer.deliveries().stream().filter(id::equals)).hasSize(2);
        assertThat(processedRows(id)).isEqualTo(1);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() throws Exception {
        // given a record that is not an event, followed by a good one for the same user
        String key = tenant + "/user-4";
        UserChanged good = joined("user-4");
        kafka.produceStrings().fromRecords(
                new ProducerRecord<>(Topics.DIRECTORY_USER_CHANGES, null, key, "{not json",
                        CloudEventHeaders.of(UUID.randomUUID().toString(), EventCatalog.USER_CHANGED.ceType(), "/test",
                                java.time.Instant.now(), "user-4", tenant, "c", null)),
                new ProducerRecord<>(Topics.DIRECTORY_USER_CHANGES, null, key, EventJson.write(good),
                        CloudEventHeaders.of(good, "/test"))).awaitCompletion(PATIENCE);

        // when the consumer has gone on
        await().atMost(PATIENCE).until(() -> consumer.deliveries().contains(good.meta().eventId()));

        // then the poison record is on the dead-letter topic with the reason and where it came from
        ConsumerRecord<String, String> dead = TopicReader.await(bootstrapServers, Topics.dlq(Topics.DIRECTORY_USER_CHANGES), 1,
                r -> key.equals(r.key()), PATIENCE).get(0);
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(CloudEventHeaders.text(dead.headers(), "dead-letter-reason")).contains("not a valid UserChanged");
        assertThat(CloudEventHeaders.text(dead.headers(), "dead-letter-topic")).isEqualTo(Topics.DIRECTORY_USER_CHANGES);
        assertThat(CloudEventHeaders.text(dead.headers(), "dead-letter-offset")).isNotBlank();
        assertThat(processedRows(good.meta().eventId())).isEqualTo(1);
    }

    private UserChanged joined(String userId) {
        return new UserChanged(EventMeta.origin(tenant), UserChangeType.JOINED, DirectoryUser.ofId(userId),
                LicenceView.NONE, List.of(), Map.of(), null);
    }

    private void inTransaction(java.util.function.Function<Mutiny.Session, Uni<Void>> work) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(work::apply));
    }

    private int outboxRows(String eventId) throws Exception {
        return count("select count(*) from outbox where event_id = ?", eventId);
    }

    private int processedRows(String eventId) throws Exception {
        return count("select count(*) from processed_event where event_id = ?", eventId);
    }

    private int count(String sql, String eventId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
