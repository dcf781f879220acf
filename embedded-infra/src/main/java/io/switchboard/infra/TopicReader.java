package io.switchboard.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning, without a consumer group, until enough matching records have
 * arrived: what tests use to check what a service published. Tests filter by their own tenant's keys.
 */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Waits until {@code count} records match {@code filter} and returns them in topic order (per
     * partition); fails with {@link AssertionError} after {@code patience}.
     */
    public static List<ConsumerRecord<String, String>> await(String bootstrapServers, String topic, int count,
                                                             Predicate<ConsumerRecord<String, String>> filter, Duration patience) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(bootstrapServers))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + patience.toNanos();
            while (matched.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        if (matched.size() < count) {
            throw new AssertionError("expected " + count + " matching records on " + topic + " within " + patience
                    + " but found " + matched.size());
        }
        return matched;
    }

    /** Reads everything currently on the topic that matches, up to the end offsets seen at the start. */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic,
                                                               Predicate<ConsumerRecord<String, String>> filter) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(bootstrapServers))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        return matched;
    }

    private static Properties properties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return props;
    }
}
