package io.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogued event against its JSON Schema: what the publishers write must validate, and the schema must bite. */
class EventSchemaTest {

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaAcceptsAFullyPopulatedEvent(EventCatalog entry) {
        // given
        SwitchboardEvent event = EventSamples.full(entry);

        // when / then
        assertThat(Schemas.validate(entry, event)).as(EventJson.write(event)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaAcceptsAnEventWithOnlyRequiredFields(EventCatalog entry) {
        // given
        SwitchboardEvent event = EventSamples.minimal(entry);

        // when / then
        assertThat(Schemas.validate(entry, event)).as(EventJson.write(event)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaRequiresTheEnvelopeAndSomethingMore(EventCatalog entry) {
        // when
        var required = Schemas.required(Schemas.root(entry));

        // then
        assertThat(required).contains("meta").hasSizeGreaterThan(1);
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredProperties")
    void eventWithoutARequiredPropertyIsRejected(EventCatalog entry, String pointer) {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(entry));
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) json.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));

        // when
        var errors = Schemas.validate(entry, json);

        // then
        assertThat(errors).as("removing %s from %s", pointer, entry).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} with a bad {1}")
    @MethodSource("enumProperties")
    void unknownEnumValueIsRejected(EventCatalog entry, String pointer, Class<? extends Enum<?>> enumType) {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(entry));
        replace(json, pointer, "NOT_A_" + enumType.getSimpleName().toUpperCase());

        // when
        var errors = Schemas.validate(entry, json);

        // then
        assertThat(errors).as("%s = NOT_A_... in %s", pointer, entry).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: every {2} at {1}")
    @MethodSource("enumProperties")
    void everyJavaEnumConstantIsAccepted(EventCatalog entry, String pointer, Class<? extends Enum<?>> enumType) {
        for (Enum<?> constant : enumType.getEnumConstants()) {
            // given
            ObjectNode json = Schemas.toTree(EventSamples.full(entry));
            replace(json, pointer, constant.name());

            // when
            var errors = Schemas.validate(entry, json);

            // then
            assertThat(errors).as("%s = %s in %s", pointer, constant, entry).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void unknownFieldsAreAcceptedBySchemaAndReader(EventCatalog entry) {
        // given: a producer already on a later, additive version of the schema
        SwitchboardEvent event = EventSamples.full(entry);
        ObjectNode json = Schemas.toTree(event);
        json.put("addedInALaterVersion", "x");
        ((ObjectNode) json.get("meta")).put("traceState", "congo=t61rcWkgMzE");

        // when
        var errors = Schemas.validate(entry, json);
        Object read = EventJson.read(json.toString(), entry.recordType());

        // then
        assertThat(errors).isEmpty();
        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void fullEventSurvivesAJsonRoundTrip(EventCatalog entry) {
        // given
        SwitchboardEvent event = EventSamples.full(entry);

        // when
        Object read = EventJson.read(EventJson.write(event), entry.recordType());

        // then
        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void minimalEventSurvivesAJsonRoundTrip(EventCatalog entry) {
        // given
        SwitchboardEvent event = EventSamples.minimal(entry);

        // when
        Object read = EventJson.read(EventJson.write(event), entry.recordType());

        // then
        assertThat(read).isEqualTo(event);
    }

    static Stream<Arguments> requiredProperties() {
        return Arrays.stream(EventCatalog.values()).flatMap(entry -> Schemas
                .requiredPointers(Schemas.toTree(EventSamples.full(entry)), Schemas.root(entry)).stream()
                .map(pointer -> Arguments.of(entry, pointer)));
    }

    static Stream<Arguments> enumProperties() {
        return Arrays.stream(EventCatalog.values()).flatMap(entry -> {
            Map<String, Class<? extends Enum<?>>> found = new LinkedHashMap<>();
            collectEnums(EventSamples.full(entry), "", found);
            return found.entrySet().stream().map(e -> Arguments.of(entry, e.getKey(), e.getValue()));
        });
    }

    /** JSON pointers of every enum-typed value in a record tree, as Jackson writes it (component name = JSON name). */
    @SuppressWarnings("unchecked")
    private static void collectEnums(Object value, String pointer, Map<String, Class<? extends Enum<?>>> found) {
        if (value instanceof Enum<?> constant) {
            found.put(pointer, (Class<? extends Enum<?>>) constant.getDeclaringClass());
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectEnums(list.get(i), pointer + "/" + i, found);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collectEnums(read(component, record), pointer + "/" + component.getName(), found);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replace(ObjectNode json, String pointer, String text) {
        int slash = pointer.lastIndexOf('/');
        var parent = json.at(pointer.substring(0, slash));
        assertThat(parent.isObject()).as("parent of %s is an object", pointer).isTrue();
        ((ObjectNode) parent).put(pointer.substring(slash + 1), text);
    }
}
