package io.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCatalogTest {

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void ceTypeIsPrefixRecordNameAndVersion(EventCatalog entry) {
        assertThat(entry.ceType())
                .isEqualTo("io.switchboard." + entry.recordType().getSimpleName() + ".v1")
                .matches("^io\\.switchboard\\.[A-Z][A-Za-z]+\\.v[0-9]+$");
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void ceTypeAndRecordTypeLeadBackToTheEntry(EventCatalog entry) {
        assertThat(EventCatalog.byCeType(entry.ceType())).contains(entry);
        assertThat(EventCatalog.of(entry.recordType())).isEqualTo(entry);
    }

    @Test
    void unknownOrOtherVersionCeTypeIsNotFound() {
        assertThat(EventCatalog.byCeType("io.switchboard.NumberReserved.v2")).isEmpty();
        assertThat(EventCatalog.byCeType("com.example.Anything.v1")).isEmpty();
        assertThat(EventCatalog.byCeType(null)).isEmpty();
    }

    @Test
    void uncataloguedRecordIsRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EventCatalog.of(Uncatalogued.class))
                .withMessageContaining(Uncatalogued.class.getName());
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaResourceIsOnTheClasspath(EventCatalog entry) {
        assertThat(getClass().getClassLoader().getResource(entry.schemaResource()))
                .as(entry.schemaResource())
                .isNotNull();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void topicIsAnEventTopic(EventCatalog entry) {
        assertThat(Topics.EVENT_TOPICS).extracting(Topics.TopicSpec::name).contains(entry.topic());
    }

    @Test
    void everyEventTopicCarriesAtLeastOneEvent() {
        Set<String> used = Arrays.stream(EventCatalog.values()).map(EventCatalog::topic).collect(Collectors.toSet());
        assertThat(Topics.EVENT_TOPICS).extracting(Topics.TopicSpec::name).allMatch(used::contains);
    }

    @Test
    void everySchemaFileBelongsToAnEventOrIsTheCommonOne() throws IOException {
        // given
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/schemas"))) {
            files = list.map(p -> "schemas/" + p.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }

        // when
        Set<String> expected = Arrays.stream(EventCatalog.values()).map(EventCatalog::schemaResource)
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add("schemas/common.schema.json");

        // then
        assertThat(files).isEqualTo(expected);
    }

    @Test
    void schemaTitleIsTheRecordName() {
        for (EventCatalog entry : EventCatalog.values()) {
            var schema = Schemas.tree(entry.schemaResource());
            assertThat(schema.path("title").asText()).isEqualTo(entry.recordType().getSimpleName());
            assertThat(schema.path("description").asText()).as("description of %s", entry).hasSizeGreaterThan(80)
                    .contains(entry.ceType());
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
    }

    private record Uncatalogued(EventMeta meta) implements SwitchboardEvent {
        @Override
        public String subject() {
            return "nothing";
        }
    }
}
