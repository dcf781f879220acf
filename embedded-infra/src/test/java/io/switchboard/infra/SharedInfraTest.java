package io.switchboard.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class SharedInfraTest {

    @Test
    void brokerHasEveryTopicWithItsPartitionCountAndCompaction() throws Exception {
        // given the shared broker
        EmbeddedKafka kafka = SharedInfra.kafka();

        // when its topics are described
        try (Admin admin = kafka.admin()) {
            List<String> names = Topics.all().stream().map(Topics.TopicSpec::name).toList();
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            var ranges = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, Topics.INVENTORY_RANGES);
            String cleanup = admin.describeConfigs(List.of(ranges)).all().get(30, TimeUnit.SECONDS)
                    .get(ranges).get("cleanup.policy").value();

            // then every topic exists as specified
            for (Topics.TopicSpec spec : Topics.all()) {
                assertThat(described.get(spec.name()).partitions()).as(spec.name()).hasSize(spec.partitions());
            }
            assertThat(cleanup).isEqualTo("compact");
        }
    }

    @Test
    void brokerDeliversWhatIsProducedInOrderPerKey() {
        // given a producer and a consumer on the shared broker
        String bootstrap = SharedInfra.kafka().bootstrapServers();
        String topic = Topics.DIRECTORY_USER_CHANGES;
        String key = "tenant-infra-test/" + System.nanoTime();

        // when ten records with one key are produced
        try (var producer = new KafkaProducer<String, String>(producerProps(bootstrap))) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic, key, "value-" + i));
            }
            producer.flush();
        }

        // then they are read back in the order they were sent
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(consumerProps(bootstrap))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (seen.size() < 10 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        seen.add(r.value());
                    }
                }
            }
        }
        assertThat(seen).containsExactly("value-0", "value-1", "value-2", "value-3", "value-4",
                "value-5", "value-6", "value-7", "value-8", "value-9");
    }

    @Test
    void postgresGivesEachCallerAFreshDatabase() throws Exception {
        // given two fresh databases on the shared server
        EmbeddedPostgres postgres = SharedInfra.postgres();
        String first = SharedInfra.freshDatabase("infra");
        String second = SharedInfra.freshDatabase("infra");

        // when a table is created in the first
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(first), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("create table marker(id int)");
        }

        // then the second does not have it, and the server is PostgreSQL 16
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(second), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
             Statement s = c.createStatement()) {
            ResultSet tables = s.executeQuery("select count(*) from information_schema.tables where table_name = 'marker'");
            tables.next();
            assertThat(tables.getInt(1)).isZero();
            ResultSet version = s.executeQuery("show server_version");
            version.next();
            assertThat(version.getString(1)).startsWith("16.");
        }
        assertThat(first).isNotEqualTo(second);
    }

    private static Properties producerProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return p;
    }

    private static Properties consumerProps(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "infra-test-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }
}
