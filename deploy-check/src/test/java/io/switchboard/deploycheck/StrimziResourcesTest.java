package io.switchboard.deploycheck;

import static io.switchboard.deploycheck.Manifests.container;
import static io.switchboard.deploycheck.Manifests.find;
import static io.switchboard.deploycheck.Manifests.label;
import static io.switchboard.deploycheck.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.events.Topics;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kafka in Kubernetes matches the code: the topics of Topics.all(), and ACLs for the channels each service uses. */
class StrimziResourcesTest {

    private static final List<String> SERVICES =
            List.of("directory-watcher", "rule-engine", "number-inventory", "teams-assigner", "presence-bridge");

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void aKraftClusterWithNodePoolsAndAuthorization(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        JsonNode kafka = find(objects, "Kafka", "switchboard").orElseThrow();
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/kraft").asText()).isEqualTo("enabled");
        assertThat(kafka.path("metadata").path("annotations").path("strimzi.io/node-pools").asText()).isEqualTo("enabled");
        assertThat(kafka.path("spec").path("kafka").path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(ofKind(objects, "KafkaNodePool")).allSatisfy(pool -> {
            assertThat(label(pool, "strimzi.io/cluster")).isEqualTo("switchboard");
            assertThat(pool.path("spec").path("roles").toString()).contains("controller").contains("broker");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyTopicOfTheContractsIsAKafkaTopicWithItsPartitionsAndCleanupPolicy(String overlay) {
        Map<String, JsonNode> topics = ofKind(Kustomize.render(overlay), "KafkaTopic").stream()
                .collect(Collectors.toMap(t -> t.path("spec").path("topicName").asText(), t -> t));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(Topics.TopicSpec::name).toList());
        for (Topics.TopicSpec spec : Topics.all()) {
            JsonNode topic = topics.get(spec.name());
            JsonNode config = topic.path("spec").path("config");
            assertThat(label(topic, "strimzi.io/cluster")).as(spec.name()).isEqualTo("switchboard");
            assertThat(topic.path("spec").path("partitions").asInt()).as(spec.name()).isEqualTo(spec.partitions());
            if (spec.compacted()) {
                assertThat(config.path("cleanup.policy").asText()).as(spec.name()).isEqualTo("compact");
            } else {
                assertThat(config.path("cleanup.policy").asText()).as(spec.name()).isEqualTo("delete");
                assertThat(config.path("retention.ms").asLong()).as(spec.name() + " retention").isGreaterThanOrEqualTo(86_400_000L);
            }
        }
        assertThat(topics.get(Topics.INVENTORY_RANGES).path("spec").path("config").path("cleanup.policy").asText()).isEqualTo("compact");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyServiceHasAKafkaUserAllowedExactlyItsChannels(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        for (String service : SERVICES) {
            JsonNode user = find(objects, "KafkaUser", service).orElseThrow(() -> new AssertionError("no KafkaUser " + service));
            assertThat(label(user, "strimzi.io/cluster")).isEqualTo("switchboard");
            ServiceChannels channels = ServiceChannels.of(service);
            Set<String> read = allowed(user, "topic", "Read");
            Set<String> write = allowed(user, "topic", "Write");
            assertThat(read).as(service + " reads").containsExactlyInAnyOrderElementsOf(channels.reads());
            assertThat(allowed(user, "group", "Read")).as(service + " groups").containsExactlyInAnyOrderElementsOf(channels.groups());
            assertThat(write).as(service + " writes").containsAll(channels.writes());
            assertThat(write).as(service + " writes only event topics").allMatch(t -> Topics.all().stream().anyMatch(s -> s.name().equals(t)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyEventTopicHasAWriterAndEveryServiceUsesItsOwnKafkaCredentials(String overlay) {
        List<JsonNode> objects = Kustomize.render(overlay);
        Set<String> written = new HashSet<>();
        ofKind(objects, "KafkaUser").forEach(u -> written.addAll(allowed(u, "topic", "Write")));
        assertThat(written).containsAll(Topics.EVENT_TOPICS.stream().map(Topics.TopicSpec::name).toList());
        for (String service : SERVICES) {
            JsonNode deployment = find(objects, "Deployment", service).orElseThrow();
            assertThat(container(deployment).path("env").findParents("name")).as(service)
                    .anyMatch(e -> e.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")
                            && e.path("valueFrom").path("secretKeyRef").path("name").asText().equals(service));
        }
    }

    @Test
    void theAclsDerivedFromThePropertiesFilesAreNotEmpty() {
        // guards the derivation itself: a renamed property would otherwise make every expectation empty
        assertThat(ServiceChannels.of("rule-engine").reads()).contains(Topics.DIRECTORY_USER_CHANGES, Topics.INVENTORY_RANGES);
        assertThat(ServiceChannels.of("rule-engine").writes()).contains(Topics.dlq(Topics.DIRECTORY_USER_CHANGES));
        assertThat(ServiceChannels.of("presence-bridge").writes()).contains(Topics.PRESENCE_UPDATES);
    }

    private static Set<String> allowed(JsonNode user, String type, String operation) {
        Set<String> names = new HashSet<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            if (acl.path("resource").path("type").asText().equals(type) && acl.path("operations").toString().contains('"' + operation + '"')) {
                names.add(acl.path("resource").path("name").asText());
            }
        }
        return names;
    }
}
