package io.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code asyncapi.yaml} documents exactly the topics of {@link Topics} and the events of {@link EventCatalog}. */
class TopicsMatchAsyncApiTest {

    private static final Path DOCUMENT = Path.of("asyncapi.yaml");
    private static JsonNode asyncApi;

    @BeforeAll
    static void parseDocument() throws IOException {
        asyncApi = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
    }

    @Test
    void documentIsAsyncApi3() {
        assertThat(asyncApi.path("asyncapi").asText()).startsWith("3.");
        assertThat(asyncApi.path("info").path("version").asText()).isEqualTo("0.1.0");
        assertThat(asyncApi.at("/servers/local/host").asText()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void channelAddressesAreExactlyTheTopics() {
        // given
        Set<String> topics = Topics.all().stream().map(Topics.TopicSpec::name).collect(Collectors.toCollection(TreeSet::new));

        // when
        Set<String> addresses = new TreeSet<>();
        asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));

        // then
        Set<String> undocumented = new TreeSet<>(topics);
        undocumented.removeAll(addresses);
        Set<String> unknown = new TreeSet<>(addresses);
        unknown.removeAll(topics);
        assertThat(undocumented).as("topics in Topics.all() without a channel in asyncapi.yaml").isEmpty();
        assertThat(unknown).as("channels in asyncapi.yaml that are not in Topics.all()").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.switchboard.events.Topics#all")
    void channelBindingHasTheTopicsPartitionsAndCleanupPolicy(Topics.TopicSpec topic) {
        // when
        JsonNode kafka = resolve(channel(topic.name()).path("bindings")).path("kafka");

        // then
        assertThat(kafka.path("partitions").asInt()).as("partitions of %s", topic.name()).isEqualTo(topic.partitions());
        assertThat(texts(kafka.path("topicConfiguration").path("cleanup.policy")))
                .as("cleanup.policy of %s", topic.name())
                .containsExactly(topic.compacted() ? "compact" : "delete");
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void everyEventIsAMessageOnItsTopicsChannelWithItsTypeAndSchema(EventCatalog entry) {
        // given
        JsonNode channel = channel(entry.topic());

        // when
        List<JsonNode> matching = new ArrayList<>();
        channel.path("messages").forEach(ref -> {
            JsonNode message = resolve(ref);
            if (entry.ceType().equals(ceTypeConst(message))) {
                matching.add(message);
            }
        });

        // then
        assertThat(matching).as("messages on %s with ce_type %s", entry.topic(), entry.ceType()).hasSize(1);
        JsonNode payload = matching.get(0).path("payload");
        assertThat(payload.path("schemaFormat").asText()).isEqualTo("application/schema+json;version=draft-2020-12");
        assertThat(payload.path("schema").path("$ref").asText()).isEqualTo("./src/main/resources/" + entry.schemaResource());
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void documentedKeyPatternMatchesTheKeyTheRecordProduces(EventCatalog entry) {
        // given
        String key = EventSamples.full(entry).key();

        // when
        String pattern = messages(entry.topic()).stream()
                .filter(m -> entry.ceType().equals(ceTypeConst(m)))
                .map(m -> resolve(m.path("bindings")).path("kafka").path("key").path("pattern").asText())
                .findFirst().orElseThrow();

        // then
        assertThat(key).as("key of %s against %s", entry, pattern).matches(pattern);
    }

    @Test
    void everyMessageOnAnEventChannelIsCatalogued() {
        for (Topics.TopicSpec topic : Topics.EVENT_TOPICS) {
            for (JsonNode message : messages(topic.name())) {
                String ceType = ceTypeConst(message);
                assertThat(EventCatalog.byCeType(ceType))
                        .as("message %s on %s", message.path("name").asText(), topic.name())
                        .hasValueSatisfying(e -> assertThat(e.topic()).isEqualTo(topic.name()));
            }
        }
    }

    @Test
    void deadLetterChannelsDescribeSmallRyesHeaders() {
        for (Topics.TopicSpec topic : Topics.EVENT_TOPICS) {
            List<JsonNode> messages = messages(Topics.dlq(topic.name()));
            assertThat(messages).as("messages of %s", Topics.dlq(topic.name())).hasSize(1);
            JsonNode headers = resolve(messages.get(0).path("headers"));
            assertThat(headers.path("properties").has("dead-letter-cause")).isTrue();
            assertThat(texts(headers.path("required"))).containsExactlyInAnyOrder(
                    "dead-letter-reason", "dead-letter-topic", "dead-letter-partition", "dead-letter-offset");
        }
    }

    @Test
    void everyChannelHasAProducerAndEveryEventChannelAConsumer() {
        // given
        Set<String> sent = new HashSet<>();
        Set<String> received = new HashSet<>();

        // when
        asyncApi.path("operations").forEach(operation -> {
            String address = resolve(operation.path("channel")).path("address").asText();
            (operation.path("action").asText().equals("send") ? sent : received).add(address);
        });

        // then
        Topics.all().forEach(t -> assertThat(sent).as("a send operation for %s", t.name()).contains(t.name()));
        Topics.EVENT_TOPICS.forEach(t -> assertThat(received).as("a receive operation for %s", t.name()).contains(t.name()));
    }

    @Test
    void everyReferenceResolves() {
        // given
        List<String> refs = new ArrayList<>();
        collectRefs(asyncApi, refs);

        // when
        List<String> broken = refs.stream().filter(ref -> ref.startsWith("#")
                ? asyncApi.at(JsonPointer.compile(ref.substring(1))).isMissingNode()
                : !Files.isRegularFile(DOCUMENT.toAbsolutePath().getParent().resolve(ref).normalize())).toList();

        // then
        assertThat(refs).anyMatch(ref -> ref.endsWith(".schema.json"));
        assertThat(broken).as("$refs in asyncapi.yaml that point nowhere").isEmpty();
    }

    private static JsonNode channel(String address) {
        return StreamSupport.stream(asyncApi.path("channels").spliterator(), false)
                .filter(c -> address.equals(c.path("address").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("asyncapi.yaml has no channel with address " + address));
    }

    private static List<JsonNode> messages(String address) {
        List<JsonNode> messages = new ArrayList<>();
        channel(address).path("messages").forEach(ref -> messages.add(resolve(ref)));
        return messages;
    }

    private static String ceTypeConst(JsonNode message) {
        JsonNode headers = resolve(message.path("headers"));
        for (JsonNode part : headers.path("allOf")) {
            JsonNode constant = resolve(part).path("properties").path("ce_type").path("const");
            if (constant.isTextual()) {
                return constant.asText();
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            assertThat(ref).as("local reference").startsWith("#/");
            current = asyncApi.at(JsonPointer.compile(ref.substring(1)));
            assertThat(current.isMissingNode()).as("%s resolves", ref).isFalse();
        }
        return current;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
