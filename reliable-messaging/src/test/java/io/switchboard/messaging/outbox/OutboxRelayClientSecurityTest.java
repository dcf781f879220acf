package io.switchboard.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** The relay's own producer authenticates like the connector's channels (SASL/TLS settings from kafka.*). */
class OutboxRelayClientSecurityTest {

    @Test
    void takesTheConnectorsSecuritySettingsButKeepsItsOwnDeliveryGuarantees() {
        Map<String, Object> kafkaConfig = Map.of(
                "bootstrap.servers", "switchboard-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.type", "PEM",
                "acks", "1",
                "group.id", "someone-else");

        var props = OutboxRelay.producerProperties("broker:9093", OutboxRelay.clientSecurity(kafkaConfig));

        assertThat(props).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.type", "PEM").containsKey("sasl.jaas.config");
        assertThat(props).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9093")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all").containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .doesNotContainKey("group.id");
    }

    @Test
    void withoutSecuritySettingsTheProducerIsPlain() {
        var props = OutboxRelay.producerProperties("127.0.0.1:9092", OutboxRelay.clientSecurity(Map.of("bootstrap.servers", "x")));
        assertThat(props).doesNotContainKeys("security.protocol", "sasl.jaas.config");
    }
}
